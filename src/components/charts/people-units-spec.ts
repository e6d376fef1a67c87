/**
 * The People panel's unit chart: one mark per sampled resident of the most-minority quarter of
 * neighborhoods and of the rest of the city, coloured by group, filled when stopped at least once
 * and ringed when ever listed. Counting marks is the point: two samples of the same size, so the
 * reader compares the blocks without a scale.
 */
import type { SampledResident } from '../../../models/index.ts';
import { t } from '../../i18n/index.ts';
import { formatCount } from '../../i18n/format.ts';
import type { ChartUnit, UnitChartSpec } from './chart-spec.ts';
import { GROUP_COLORS, MUTED_INK } from './palettes.ts';

/** Residents per row of a block: 400 residents make a 25 × 16 block, 250 pixels wide. */
const COLUMNS = 25;

const stopped = (resident: SampledResident) => resident.contacts > 0;
const listed = (resident: SampledResident) => resident.everListed;
const count = (residents: readonly SampledResident[], test: (resident: SampledResident) => boolean) => residents.filter(test).length;

function unit(resident: SampledResident): ChartUnit {
  return { color: resident.group === 0 ? GROUP_COLORS.minority : GROUP_COLORS.majority, filled: stopped(resident), ringed: listed(resident) };
}

/** The unit chart of two equal samples (models' samplePeople): the quarter's residents and the rest's. */
export function peopleUnitsSpec(sample: { quarter: readonly SampledResident[]; rest: readonly SampledResident[] }): UnitChartSpec {
  const { quarter, rest } = sample;
  const samples = [
    { key: 'quarter', label: t('people.unitQuarter'), residents: quarter },
    { key: 'rest', label: t('people.unitRest'), residents: rest },
  ];
  const groups = [
    { group: 0, label: t('people.tableMinority') },
    { group: 1, label: t('people.tableMajority') },
  ];
  return {
    kind: 'units',
    heading: t('people.unitHeading'),
    summary: t('people.unitSummary', {
      count: quarter.length,
      stoppedQuarter: count(quarter, stopped),
      listedQuarter: count(quarter, listed),
      countRest: rest.length,
      stoppedRest: count(rest, stopped),
      listedRest: count(rest, listed),
    }),
    columns: COLUMNS,
    blocks: samples.map(({ key, label, residents }) => ({ key, label, units: residents.map(unit) })),
    key: [
      { mark: 'swatch', label: t('people.groupMinority'), color: GROUP_COLORS.minority },
      { mark: 'swatch', label: t('people.groupMajority'), color: GROUP_COLORS.majority },
      { mark: 'unit', label: t('people.legendNone'), color: MUTED_INK, filled: false, ringed: false },
      { mark: 'unit', label: t('people.legendStopped'), color: MUTED_INK, filled: true, ringed: false },
      { mark: 'unit', label: t('people.legendListed'), color: MUTED_INK, filled: false, ringed: true },
    ],
    table: {
      caption: t('people.unitCaption'),
      columns: [t('people.columnSample'), t('people.columnGroup'), t('people.columnResidents'), t('people.legendStopped'), t('people.columnListed')],
      rows: samples.flatMap(({ label, residents }) =>
        groups.map(({ group, label: groupLabel }) => {
          const members = residents.filter((resident) => resident.group === group);
          return [label, groupLabel, formatCount(members.length), formatCount(count(members, stopped)), formatCount(count(members, listed))];
        }),
      ),
    },
  };
}

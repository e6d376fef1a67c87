/**
 * English texts of sharing, exporting, embedding and presenting (src/share, src/export,
 * src/embed, embed.html, present.html): the Share and Download menus, the notices about what a
 * link or a scenario file could not use, the Embed dialog, the embeddable element and its iframe
 * page, and presenter mode with its speaker notes. Placeholders without a style take text the
 * code has already written (a file name, an id, a day or seed written without grouping, a
 * message from the model, which stays in English).
 */
export const shareMessages = {
  // The Share menu (src/share/share-menu.ts, scenario-io.ts).
  'share.menu.button': 'Share',
  'share.menu.copyLink': 'Copy link to this run',
  'share.menu.save': 'Save scenario file',
  'share.menu.open': 'Open scenario file…',
  'share.menu.linkLabel': 'Link to this run',
  'share.menu.copied': 'The link is copied. Anyone who opens it sees this run.',
  'share.menu.copyRefused': 'Copying was not allowed here: the link is selected below, press Ctrl+C (or ⌘C).',
  'share.menu.saved': 'Saved {file}.',
  'share.menu.refused': 'The file was not opened. {message}',
  'share.menu.openedWithNotes': 'Opened, with notes: {notes}',
  'share.menu.opened': 'Opened the scenario file.',

  // The notice of ignored parts of a link or file (share-notice.ts).
  'share.notice.heading': 'Parts of this link were ignored:',
  'share.notice.dismiss': 'Dismiss',

  // What was ignored in a link, and why (permalink.ts). {text} is what the link held, shortened; ids stay as written.
  'share.link.version.malformed': 'The link\'s format version "{text}" is not a whole number from {first}; it was read as format {version}.',
  'share.link.version.newer':
    'This link was made by a newer version of Runaway (link format {version}; this version reads up to format {supported}). The settings it could read were applied and the rest ignored.',
  'share.link.preset': 'Unknown preset "{text}"; opened "{preset}" instead. Known presets: {presets}.',
  'share.link.seed': "Ignored seed={text}: the seed must be a whole number from {min} to {max}. Kept the preset's seed, {seed}.",
  'share.link.parameter.unknown': 'Ignored "{text}": Runaway has no parameter of that name{suggestion}.',
  'share.link.parameter.suggestion': ' (did you mean {names}?)',
  'share.link.or': ' or ',
  'share.link.parameter.invalid': "Ignored {path}={text}: {message} Kept the preset's value, {kept}.",
  'share.link.parameter.conflict': "Ignored {path}: with the link's other settings it breaks a limit of the model. {message}",
  'share.link.day': 'Ignored day={text}: the day must be a whole number from {min} to {max} for this run.',
  'share.link.quoted': '"{text}"',
  'share.link.show': 'Ignored {names} in show: the views are {views}.',
  'share.link.layer': 'Ignored layer={text}: the map layers are {layers}.',
  'share.link.lang': 'Ignored lang={text}: the languages are {languages}.',
  'share.link.chapter': 'Ignored chapter={text}: the chapter must be a whole number from {min} to {max}.',
  'share.link.duplicate': '"{key}" appears more than once in the link; the last value, {value}, was used.',
  'share.link.escape': 'Ignored "{text}": it is not valid URL text (a broken % escape).',
  'share.link.noValue': 'Ignored "{key}": it has no value (expected {key}=…).',
  'share.link.tooLong': 'Ignored the whole link: it is {length, integer} characters long, and a Runaway link has at most {limit, integer}. Opened the default scenario.',
  'share.link.more.one': '{count, integer} more part of the link was ignored as well.',
  'share.link.more.other': '{count, integer} more parts of the link were ignored as well.',

  // Why a scenario file was refused or read in part (scenario-file.ts, scenario-io.ts).
  'share.file.notJson': 'This file is not valid JSON{detail}. Choose a scenario file saved by Runaway.',
  'share.file.notJson.detail': ' ({message})',
  'share.file.notObject': 'This file is not a Runaway scenario: expected a JSON object with format, preset, seed and params.',
  'share.file.format': 'This file is not a Runaway scenario: its "format" is {found}, expected "{expected}".',
  'share.file.missing': 'missing',
  'share.file.formatVersion': 'formatVersion must be a whole number from {min}.',
  'share.file.newer':
    'This file was saved by a newer version of Runaway (format {version}; this version reads up to {supported}). It was read as far as possible.',
  'share.file.modelVersion':
    'This file was saved with model version {found}; this is {current}, so the same settings may give slightly different numbers.',
  'share.file.unknownPreset': 'Unknown preset "{preset}"; the file\'s parameters were applied on top of "{fallback}".',
  'share.file.preset': 'preset must be the id of a preset (a text), such as "{example}".',
  'share.file.seed': 'seed must be a whole number from {min} to {max}, not {found}.',
  'share.file.tooLarge': 'This file is {megabytes, integer} MB; a Runaway scenario file is a few kilobytes. Choose a file saved with "{button}".',
  'share.file.tooDeep': 'This file nests lists or objects more than {limit, integer} levels deep, which no Runaway scenario does. Choose a scenario file saved by Runaway.',
  'share.file.unknownKey': 'Ignored "{key}": a scenario file has no such key (it holds {keys}).{suggestion}',
  'share.file.unknownKey.suggestion': ' Did you mean {name}?',
  'share.file.unreadable': 'This file could not be read as a Runaway scenario ({message}). Choose a scenario file saved by Runaway.',

  // The views an embed, a link or an export can name (views.ts).
  'share.view.map': 'City map',
  'share.view.share-chart': 'Patrols sent to the most-minority quarter',
  'share.view.recorded-chart': 'What the data says against what is happening',
  'share.view.disparity-chart': 'Disparity ratio over time',
  'share.view.empty-stops-chart': 'Stops without a hit',
  'share.view.lorenz-chart': 'Lorenz curve of patrols against true crime',
  'share.view.sentence': 'Live sentence',

  // The Download menu and its files (src/export/). File names stay as they are: they are identifiers.
  'export.menu.button': 'Download',
  'export.menu.empty': 'Nothing is drawn yet.',
  'export.menu.recording': 'Recording the animation…',
  'export.menu.saved': 'Saved {file}.',
  'export.item.svg': '{name}: SVG (for slides and print)',
  'export.item.png': '{name}: PNG image',
  'export.item.map': 'City map ({layer})',
  'export.item.webm': '{name}: animation (WebM video, {seconds, integer} s)',
  'export.item.csv': 'Run data, day × neighborhood: CSV',
  'export.item.json': 'Run settings and metrics: JSON',
  'export.webm.caption': 'Day {day}: {layer}',
  'export.error.chartEmpty': 'The chart has not drawn a run yet, so there is nothing to export.',
  'export.error.mapEmpty': 'The map has not drawn a run yet, so there is nothing to export.',
  'export.error.mapCanvas': 'This browser cannot draw on a canvas, so the map could not be exported.',
  'export.error.pngCanvas': 'This browser cannot draw on a canvas, so the PNG could not be made.',
  'export.error.pngEncode': 'The canvas could not be encoded as PNG.',
  'export.error.webmUnsupported': 'This browser cannot record WebM video from a canvas.',
  'export.error.webmMap': 'The map could not be drawn for recording.',
  'export.error.webmCancelled': 'The recording was cancelled.',
  'export.error.webmCanvas': 'This browser cannot draw on a canvas, so the video could not be made.',

  // The Embed dialog (src/embed/embed-dialog.ts).
  'embed.dialog.close': 'Close',
  'embed.dialog.heading': 'Embed this run',
  'embed.dialog.intro': 'Both snippets show exactly this run: the same preset, seed and settings, so every reader sees the same numbers.',
  'embed.dialog.views': 'Views',
  'embed.dialog.iframeHeading': 'In any page, CMS or slide tool: an iframe',
  'embed.dialog.copyIframe': 'Copy iframe code',
  'embed.dialog.elementHeading': 'In a page on your own site: the element',
  'embed.dialog.copyElement': 'Copy element code',
  'embed.dialog.libraryNote':
    "The element needs runaway-sim.js and its assets folder (from {command}) on the same site as the page: browsers run its simulation worker only from the page's own origin. Nothing is loaded from anywhere else.",
  'embed.dialog.copiedIframe': 'The iframe code is copied.',
  'embed.dialog.copiedElement': 'The element code is copied.',
  'embed.dialog.copyRefused': 'Copying was not allowed here: the code is selected, press Ctrl+C (or ⌘C) to copy it.',
  'embed.dialog.iframeTitle': 'Runaway: {title}',

  // The iframe page (embed.html, embed-frame.ts) and the embeddable element (runaway-sim.ts, sim-settings.ts).
  'embed.page.title': 'Runaway (embedded)',
  'embed.page.description': 'Runaway, embedded: a synthetic simulation of how a predictive-policing feedback loop over-polices minority neighborhoods.',
  'embed.page.noscript': 'Runaway is an interactive simulation and needs JavaScript to run.',
  'embed.frame.embed': 'Embed',
  'embed.frame.fullVersion': 'Open the full version of Runaway',
  'embed.sim.footer': 'Synthetic city, not real data: Runaway preset "{preset}", seed {seed}.',
  'embed.sim.footer.changed': 'Synthetic city, not real data: Runaway preset "{preset}", seed {seed}, with changed settings.',
  'embed.sim.computing': 'Computing the run…',
  'embed.sim.computingNew': 'Computing the new run…',
  'embed.sim.failed': 'The run could not be computed: {message}',
  'embed.sim.noticeHeading': 'Some settings were ignored:',
  'embed.sim.chapterCount': 'Chapter {index, integer} of {count, integer}',
  'embed.sim.back': 'Back',
  'embed.sim.next': 'Next',
  'embed.sim.mapTitle': 'City map: {layer}',
  'embed.sim.chapterIgnored': 'Ignored chapter="{text}": the story of "{preset}" has chapters {first} to {last}.',

  // Presenter mode (present.html, runaway-presenter.ts, presenter-notes.ts). N, S and F are the keys themselves.
  'presenter.page.title': 'Runaway: presenter mode',
  'presenter.page.description':
    'Runaway presenter mode: a guided story of a predictive-policing feedback loop, one chapter per slide, with speaker notes.',
  'presenter.discussion': 'Discussion',
  'presenter.slide.role': 'slide',
  'presenter.slide.label': 'Slide {index, integer} of {count, integer}: {title}',
  'presenter.footer': 'Slide {index, integer} of {count, integer} · {title}',
  'presenter.previous': 'Previous slide',
  'presenter.next': 'Next slide',
  'presenter.notesButton': 'Notes ({key})',
  'presenter.notesWindowButton': 'Notes window ({key})',
  'presenter.start': 'Start presenting (full screen)',
  'presenter.key.escape': 'Esc',
  'presenter.keys.or': 'or',
  'presenter.keys.next': 'next',
  'presenter.keys.back': 'back',
  'presenter.keys.notes': 'speaker notes',
  'presenter.keys.window': 'notes in a second window',
  'presenter.keys.fullScreen': 'full screen',
  'presenter.keys.leave': 'leave full screen',
  'presenter.notes.label': 'Speaker notes',
  'presenter.notesWindow.title': 'Runaway: speaker notes',
  'presenter.notes.say': 'Say',
  'presenter.notes.numbers': 'Numbers on this slide',
  'presenter.notes.intro':
    '{count, integer} chapters follow. The city is synthetic: every number comes from the simulation, not from a real police force.',
  'presenter.notes.computing': 'The chapter’s run is still being computed.',
  'presenter.notes.day': 'Day {day} of {days}, seed {seed}.',
  'presenter.notes.quarter':
    'Most-minority quarter, last {days, integer} days: {patrols} of patrols, {crime} of true crime, {residents} of residents.',
  'presenter.notes.disparity': 'Disparity ratio (patrol share ÷ true-crime share): {ratio}.',
  'presenter.notes.recorded': 'Recorded incidents per {per, integer} residents since day {first}: minority {minority}, majority {majority}.',
} as const;

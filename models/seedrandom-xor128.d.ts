// seedrandom ships types for its main entry only; this shim types the one generator we import.
declare module 'seedrandom/lib/xor128.js' {
  interface Xor128Prng {
    (): number;
    int32(): number;
    double(): number;
    quick(): number;
  }
  const xor128: (seed?: string, options?: { state?: boolean | object }) => Xor128Prng;
  export default xor128;
}

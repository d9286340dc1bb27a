/** mulberry32: small, fast and deterministic. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
    weighted: <T>(options: readonly (readonly [T, number])[]) => {
      let r = next() * options.reduce((s, [, w]) => s + w, 0);
      for (const [value, w] of options) if ((r -= w) < 0) return value;
      return options[options.length - 1]![0];
    },
  };
}

export type Random = ReturnType<typeof random>;

/**
 * Memory a run keeps: the bytes of every typed array reachable from an object, each underlying
 * buffer counted once (views that share a buffer, such as subarrays, are not counted twice).
 * Used by the benchmarks and the recording-level tests to state what each level retains.
 */
export function typedArrayBytes(root: unknown): number {
  const seen = new Set<unknown>();
  let bytes = 0;
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (ArrayBuffer.isView(node)) {
      if (!seen.has(node.buffer)) bytes += node.buffer.byteLength;
      seen.add(node.buffer);
      return;
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(root);
  return bytes;
}

// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Type-based alias information for LLVM: an Array's header fields (length,
// capacity, items) and its elements live in different objects (the elements
// in the items object), so a store to an element never changes the length.
// Without saying so, LLVM reloads the length after every element store of a
// loop (fannkuch's flips). llvm-bindings has no metadata API: lowering names
// the addresses of these accesses (ACCESS_NAMES), and the textual IR gets a
// `!tbaa` tag on every load and store through such an address. Unnamed
// accesses keep no tag and so may alias anything, as before.

export const ACCESS_NAMES = { header: 'tsx.hdr', element: 'tsx.elt' } as const;

// A load or store whose pointer operand (the one before `, align`) is a named address.
const TAGGED_ACCESS = /^(\s*(?:%[-\w.]+ = )?(?:load|store) [^\n]*\* %tsx\.(hdr|elt)\d*, align \d+)([^\n]*)$/gm;

/** The IR text with TBAA tags on Array header and element accesses. */
export function addArrayTbaa(ir: string): string {
  if (!ir.includes('%tsx.hdr') && !ir.includes('%tsx.elt')) return ir;
  let top = -1;
  for (const m of ir.matchAll(/!(\d+)/g)) top = Math.max(top, Number(m[1]));
  const root = top + 1;
  const [headerType, elementType, headerTag, elementTag] = [root + 1, root + 2, root + 3, root + 4];
  const tagged = ir.replace(TAGGED_ACCESS, (_all, access: string, kind: string, rest: string) =>
    `${access}${rest}, !tbaa !${kind === 'hdr' ? headerTag : elementTag}`);
  return `${tagged}
!${root} = !{!"tsxen TBAA"}
!${headerType} = !{!"Array header", !${root}, i64 0}
!${elementType} = !{!"Array elements", !${root}, i64 0}
!${headerTag} = !{!${headerType}, !${headerType}, i64 0}
!${elementTag} = !{!${elementType}, !${elementType}, i64 0}
`;
}

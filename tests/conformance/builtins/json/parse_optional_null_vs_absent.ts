// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: an optional property given as null is present (null), one left out is absent
interface Opt { id: number; label?: string | null }
const list: Opt[] = JSON.parse('[{"id":1,"label":null},{"id":2},{"id":3,"label":"three"}]');
console.log(list);
for (const o of list) console.log(o.id, "label" in o, o.label === null, o.label === undefined, JSON.stringify(o));
console.log(JSON.stringify(list, null, 1));

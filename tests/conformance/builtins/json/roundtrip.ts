// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify then parse round-trips data; Dates are not used; nested structures compare equal
interface Doc {
  title: string;
  sections: Array<{ heading: string; words: number; notes?: string[] }>;
  meta: { version: number; draft: boolean; ratio: number };
}
const doc: Doc = {
  title: "Guide \"quoted\" \u00e9",
  sections: [
    { heading: "intro", words: 120 },
    { heading: "body", words: 4500, notes: ["a", "b"] },
  ],
  meta: { version: 3, draft: false, ratio: 0.1 + 0.2 },
};
const text = JSON.stringify(doc);
const back: Doc = JSON.parse(text);
console.log(text.length, JSON.stringify(back) === text);
console.log(back.sections[1].notes?.join("+"), back.meta.ratio === doc.meta.ratio, back.title);
const pretty = JSON.stringify(doc, null, 4);
const again: Doc = JSON.parse(pretty);
console.log(pretty.split("\n").length, JSON.stringify(again) === text);

// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify escapes quotes, backslashes, control characters, lone surrogates; keeps other Unicode
console.log(JSON.stringify('say "hi"\\now'));
console.log(JSON.stringify("\b\f\n\r\t\u0000\u0001\u001f\u007f"));
console.log(JSON.stringify("é😀\u2028\u2029"));
console.log(JSON.stringify("\uD800"), JSON.stringify("\uDC00x"), JSON.stringify("\uD83D\uDE00"));
console.log(JSON.stringify("</script>"), JSON.stringify(""), JSON.stringify("'single'"));

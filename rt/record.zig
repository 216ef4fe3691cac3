// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Records: objects used as dictionaries (`Record<string, T>`, index
//! signatures). They are Map objects (map.zig) keyed by strings, with JS's
//! property order: integer-like keys ("0", "17", below 2^32 - 1) first in
//! ascending order, then the other keys in insertion order. The order is
//! kept at insertion: a new integer-like key moves back past the string keys
//! and the larger integer keys. Records have no delete, hence no tombstones.

const map = @import("map.zig");
const Value = @import("value.zig").Value;

/// An array index key's value, as inspect.zig orders ordinary objects.
pub fn indexKey(s: []const u16) ?u32 {
    if (s.len == 0 or s.len > 10 or (s[0] == '0' and s.len > 1)) return null;
    var n: u64 = 0;
    for (s) |c| {
        if (c < '0' or c > '9') return null;
        n = n * 10 + (c - '0');
    }
    return if (n < 0xFFFF_FFFF) @intCast(n) else null;
}

fn keyIndex(k: Value) ?u32 {
    if (k.tag != .string) return null;
    return indexKey(k.asString().units());
}

export fn tsx_record_set(rec: *anyopaque, key: Value, val: Value) callconv(.C) void {
    const m: *map.MapObject = @ptrCast(@alignCast(rec));
    const fresh = !map.tsx_map_has(rec, key);
    map.tsx_map_set(rec, key, val);
    if (!fresh) return;
    const k = keyIndex(key) orelse return;
    var pos = map.count(m.used) - 1;
    const vals = map.values(m.entries.?);
    while (pos > 0) : (pos -= 1) {
        if (keyIndex(vals[2 * (pos - 1)])) |prev| {
            if (prev < k) break;
        }
        map.swapEntries(m, pos - 1, pos);
    }
}

/// A missing key read where the program's type promises a value (a number,
/// say): JS would give undefined, which that representation cannot hold.
export fn tsx_record_missing() callconv(.C) noreturn {
    @import("panic.zig").panic("read a missing key of a record where its type promises a value (JS: undefined); test it with 'in' or '??' first");
}

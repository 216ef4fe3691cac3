// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! JSON.parse into a declared type. The compiler passes a schema of the
//! target type (below); the text is first checked against the JSON grammar
//! with V8's SyntaxError messages and positions (json-parser.cc), then read
//! again into objects of the program's layouts, checking that every value
//! has the declared shape (a TypeError otherwise: spec/builtins.md, JSON).
//!
//! Objects are built in the layout of their declared type, whose keys come in
//! declaration order: so that printing the object gives what Node gives, a
//! JSON object must list its keys in that order (optional ones may be
//! absent) and may not have keys the type does not declare.

const std = @import("std");
const string = @import("string.zig");
const throw = @import("throw.zig");
const heap = @import("heap.zig");
const object = @import("object.zig");
const platform = @import("platform.zig");
const number_parse = @import("number_parse.zig");
const inspect = @import("inspect.zig");
const Value = @import("value.zig").Value;
const Str = string.Str;
const Buf = inspect.Buf;

/// What JSON values a position accepts (Schema.accept).
const accept_null: u32 = 1;
const accept_boolean: u32 = 2;
const accept_number: u32 = 4;
const accept_string: u32 = 8;
const accept_array: u32 = 16;
const accept_object: u32 = 32;

/// How a value is stored (the field kinds of rt/ABI.md).
const kind_number: u32 = 1;
const kind_boolean: u32 = 2;
const kind_string: u32 = 3;
const kind_ref: u32 = 4;
const kind_value: u32 = 5;

/// The compiler's description of a target type (compiler/src/lower/json.ts).
pub const Schema = extern struct {
    accept: u32,
    /// How the value is stored where this schema applies.
    storage: u32,
    /// Arrays: the element schema and the tag of the array's type.
    elem: ?*const Schema,
    array_tag: u32,
    /// Objects: the tag of the layout and its fields, in key order.
    object_tag: u32,
    fields: ?[*]const Field,
    field_count: u32,
    /// Kinds (accept bits) whose values must equal one of `literals`.
    restricted: u32,
    literals: ?[*]const Literal,
    literal_count: u32,
    _pad: u32 = 0,
};

/// A literal type's value: a string (`str`), a number (`num`) or a boolean (`num` 0/1).
pub const Literal = extern struct {
    tag: u32,
    _pad: u32 = 0,
    str: ?*const Str,
    num: f64,
};

pub const Field = extern struct {
    name: *const Str,
    offset: u32,
    optional: u32,
    schema: *const Schema,
};

const Failure = error{ Syntax, Shape, TooDeep };

const max_depth = 1000;

const Parser = struct {
    src: []const u16,
    pos: usize = 0,
    depth: usize = 0,
    message: ?*Str = null,

    fn atEnd(p: *const Parser) bool {
        return p.pos >= p.src.len;
    }

    fn cur(p: *const Parser) u16 {
        return p.src[p.pos];
    }

    fn skipSpace(p: *Parser) void {
        while (p.pos < p.src.len) : (p.pos += 1) {
            switch (p.src[p.pos]) {
                ' ', '\t', '\n', '\r' => {},
                else => return,
            }
        }
    }

    // ------------------------------------------------------------------
    // SyntaxErrors, worded as V8 words them.

    const Token = enum { eos, number, string, other };

    fn tokenAt(p: *const Parser) Token {
        if (p.atEnd()) return .eos;
        return switch (p.cur()) {
            '"' => .string,
            '-', '0'...'9' => .number,
            else => .other,
        };
    }

    /// An explicit message with the current position.
    fn failAt(p: *Parser, comptime what: []const u8) Failure {
        return p.failAtPosition(what ++ " in JSON");
    }

    fn failAtPosition(p: *Parser, comptime what: []const u8) Failure {
        var first: [128]u16 = undefined;
        var b = Buf.init(&first);
        b.ascii(what);
        b.ascii(" at position ");
        b.int(p.pos);
        p.message = copyOut(&b);
        return error.Syntax;
    }

    /// The token at the current position is unexpected.
    fn unexpected(p: *Parser) Failure {
        switch (p.tokenAt()) {
            .eos => {
                p.message = string.fromAscii("Unexpected end of JSON input");
                return error.Syntax;
            },
            .number => return p.failAt("Unexpected number"),
            .string => return p.failAt("Unexpected string"),
            .other => {},
        }
        var first: [128]u16 = undefined;
        var b = Buf.init(&first);
        const src = p.src;
        if (isSpecial(src)) {
            b.unit('"');
            b.units(src);
            b.ascii("\" is not valid JSON");
        } else {
            b.ascii("Unexpected token '");
            b.unit(p.cur());
            b.ascii("', ");
            const context = 10;
            if (src.len < 2 * context + 1) {
                b.unit('"');
                b.units(src);
                b.unit('"');
            } else if (p.pos < context) {
                b.unit('"');
                b.units(src[0 .. p.pos + context]);
                b.ascii("\"...");
            } else if (p.pos < src.len - context) {
                b.ascii("...\"");
                b.units(src[p.pos - context .. p.pos + context]);
                b.ascii("\"...");
            } else {
                b.ascii("...\"");
                b.units(src[p.pos - context ..]);
                b.unit('"');
            }
            b.ascii(" is not valid JSON");
        }
        p.message = copyOut(&b);
        return error.Syntax;
    }

    fn isSpecial(src: []const u16) bool {
        for ([_][]const u8{ "[object Object]", "undefined", "Infinity", "NaN" }) |s| {
            if (eqlAscii(src, s)) return true;
        }
        return false;
    }

    /// Expects `c` after white space, else fails with `what` (V8's Expect).
    fn expect(p: *Parser, c: u16, comptime what: []const u8) Failure!void {
        p.skipSpace();
        if (!p.atEnd() and p.cur() == c) {
            p.pos += 1;
            return;
        }
        return p.failAt(what);
    }

    fn check(p: *Parser, c: u16) bool {
        p.skipSpace();
        if (!p.atEnd() and p.cur() == c) {
            p.pos += 1;
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------
    // Shape errors (TypeError).

    fn shapeError(p: *Parser, at: usize, fmt_parts: anytype) Failure {
        var first: [128]u16 = undefined;
        var b = Buf.init(&first);
        inline for (fmt_parts) |part| {
            switch (@TypeOf(part)) {
                []const u16 => b.units(part),
                usize => b.int(part),
                else => b.ascii(part),
            }
        }
        _ = at;
        p.message = copyOut(&b);
        return error.Shape;
    }

    fn wrongKind(p: *Parser, at: usize, got: u32, s: *const Schema) Failure {
        var first: [128]u16 = undefined;
        var b = Buf.init(&first);
        b.ascii("JSON.parse: the value at position ");
        b.int(at);
        b.ascii(" is ");
        b.ascii(kindName(got));
        b.ascii(", not ");
        var sep = false;
        for ([_]u32{ accept_null, accept_boolean, accept_number, accept_string, accept_array, accept_object }) |k| {
            if (s.accept & k == 0) continue;
            if (sep) b.ascii(" or ");
            sep = true;
            b.ascii(kindName(k));
        }
        b.ascii(" as its declared type says");
        p.message = copyOut(&b);
        return error.Shape;
    }

    // ------------------------------------------------------------------
    // The grammar. `s` null: check the syntax only.

    fn value(p: *Parser, s: ?*const Schema) Failure!Value {
        p.skipSpace();
        if (p.atEnd()) return p.unexpected();
        const at = p.pos;
        switch (p.cur()) {
            '"' => {
                const str = try p.stringToken(s != null);
                if (s) |sch| {
                    try p.admit(at, accept_string, sch);
                    const v = Value.string(str.?);
                    try p.checkLiteral(at, accept_string, v, sch);
                    return v;
                }
                return Value.undefined;
            },
            '-', '0'...'9' => {
                const x = try p.number();
                if (s) |sch| {
                    try p.admit(at, accept_number, sch);
                    const v = Value.number(x);
                    try p.checkLiteral(at, accept_number, v, sch);
                    return v;
                }
                return Value.undefined;
            },
            't' => {
                try p.literal("true");
                return p.primitive(at, s, accept_boolean, Value.boolean(true));
            },
            'f' => {
                try p.literal("false");
                return p.primitive(at, s, accept_boolean, Value.boolean(false));
            },
            'n' => {
                try p.literal("null");
                return p.primitive(at, s, accept_null, Value.null);
            },
            '[' => {
                if (s) |sch| try p.admit(at, accept_array, sch);
                return p.array(s);
            },
            '{' => {
                if (s) |sch| try p.admit(at, accept_object, sch);
                return p.objectValue(at, s);
            },
            else => return p.unexpected(),
        }
    }

    fn primitive(p: *Parser, at: usize, s: ?*const Schema, kind: u32, v: Value) Failure!Value {
        const sch = s orelse return Value.undefined;
        try p.admit(at, kind, sch);
        try p.checkLiteral(at, kind, v, sch);
        return v;
    }

    fn admit(p: *Parser, at: usize, kind: u32, s: *const Schema) Failure!void {
        if (s.accept & kind == 0) return p.wrongKind(at, kind, s);
    }

    fn checkLiteral(p: *Parser, at: usize, kind: u32, v: Value, s: *const Schema) Failure!void {
        if (s.restricted & kind == 0) return;
        const lits = s.literals.?[0..s.literal_count];
        for (lits) |l| {
            if (l.tag != @intFromEnum(v.tag)) continue;
            switch (v.tag) {
                .string => if (std.mem.eql(u16, l.str.?.units(), v.asString().units())) return,
                .number => if (l.num == v.asNumber()) return,
                else => if ((l.num != 0) == (v.bits != 0)) return,
            }
        }
        return p.shapeError(at, .{ "JSON.parse: the value at position ", at, " is not one of the literal values its declared type allows" });
    }

    fn literal(p: *Parser, comptime word: []const u8) Failure!void {
        // V8's ScanLiteral: the first character matched already.
        p.pos += 1;
        for (word[1..]) |c| {
            if (p.atEnd()) return p.unexpected();
            if (p.cur() != c) return p.unexpected();
            p.pos += 1;
        }
    }

    fn number(p: *Parser) Failure!f64 {
        const start = p.pos;
        if (p.cur() == '-') p.pos += 1;
        if (!p.atEnd() and p.cur() == '0') {
            p.pos += 1;
            if (!p.atEnd() and isDigit(p.cur())) return p.failAt("Unexpected number");
        } else {
            const digits = p.pos;
            while (!p.atEnd() and isDigit(p.cur())) p.pos += 1;
            if (p.pos == digits) return p.failAt("No number after minus sign");
        }
        if (!p.atEnd() and p.cur() == '.') {
            p.pos += 1;
            if (p.atEnd() or !isDigit(p.cur())) return p.failAt("Unterminated fractional number");
            while (!p.atEnd() and isDigit(p.cur())) p.pos += 1;
        }
        if (!p.atEnd() and (p.cur() == 'e' or p.cur() == 'E')) {
            p.pos += 1;
            if (!p.atEnd() and (p.cur() == '+' or p.cur() == '-')) p.pos += 1;
            if (p.atEnd() or !isDigit(p.cur())) return p.failAt("Exponent part is missing a number");
            while (!p.atEnd() and isDigit(p.cur())) p.pos += 1;
        }
        return number_parse.stringToNumber(u16, p.src[start..p.pos]);
    }

    /// A string token (the opening quote is current); its value when `build`.
    fn stringToken(p: *Parser, build: bool) Failure!?*Str {
        p.pos += 1;
        const start = p.pos;
        var len: usize = 0;
        // Pass 1: syntax, and the decoded length.
        while (true) {
            if (p.atEnd()) return p.failAt("Unterminated string");
            const c = p.cur();
            if (c == '"') break;
            if (c < 0x20) return p.failAt("Bad control character in string literal");
            if (c == '\\') {
                p.pos += 1;
                if (p.atEnd()) return p.unexpected();
                const e = p.cur();
                if (e > 0xff) return p.unexpected();
                switch (e) {
                    '"', '\\', '/', 'b', 'f', 'n', 'r', 't' => {},
                    'u' => {
                        for (0..4) |_| {
                            p.pos += 1;
                            if (p.atEnd() or hexValue(p.cur()) == null) return p.failAt("Bad Unicode escape");
                        }
                    },
                    else => return p.failAt("Bad escaped character"),
                }
            }
            p.pos += 1;
            len += 1;
        }
        const end = p.pos;
        p.pos += 1;
        if (!build) return null;
        const out = string.alloc(len);
        const units = out.unitsMut();
        var i = start;
        var n: usize = 0;
        while (i < end) : (i += 1) {
            var c = p.src[i];
            if (c == '\\') {
                i += 1;
                c = switch (p.src[i]) {
                    'b' => 0x08,
                    'f' => 0x0c,
                    'n' => 0x0a,
                    'r' => 0x0d,
                    't' => 0x09,
                    'u' => blk: {
                        var x: u16 = 0;
                        for (p.src[i + 1 .. i + 5]) |h| x = x * 16 + hexValue(h).?;
                        i += 4;
                        break :blk x;
                    },
                    else => |other| other,
                };
            }
            units[n] = c;
            n += 1;
        }
        return out;
    }

    fn enter(p: *Parser) Failure!void {
        p.depth += 1;
        if (p.depth > max_depth) return error.TooDeep;
    }

    fn array(p: *Parser, s: ?*const Schema) Failure!Value {
        try p.enter();
        defer p.depth -= 1;
        p.pos += 1;
        const elem = if (s) |sch| sch.elem.? else null;
        var items: ?*object.Slots = null;
        var count: usize = 0;
        if (!p.check(']')) {
            while (true) {
                const v = try p.value(elem);
                if (elem) |e| {
                    items = appendSlot(items, count, e.storage, v);
                    count += 1;
                }
                if (p.check(',')) continue;
                try p.expect(']', "Expected ',' or ']' after array element");
                break;
            }
        }
        const sch = s orelse return Value.undefined;
        const storage = sch.elem.?.storage;
        const slots = items orelse allocSlots(storage, 4);
        const a: [*]u64 = @ptrCast(heap.allocObject(32, sch.array_tag));
        a[1] = @bitCast(@as(f64, @floatFromInt(count)));
        a[2] = @bitCast(@as(f64, @floatFromInt(slots.cap)));
        a[3] = @intFromPtr(slots);
        return objectRef(@intFromPtr(a));
    }

    fn objectValue(p: *Parser, at: usize, s: ?*const Schema) Failure!Value {
        try p.enter();
        defer p.depth -= 1;
        p.pos += 1;
        var addr: usize = 0;
        var fields: []const Field = &.{};
        if (s) |sch| {
            const desc = &platform.types()[sch.object_tag - object.TAG_FIRST_TYPE];
            addr = @intFromPtr(heap.allocObject(desc.size, sch.object_tag));
            fields = sch.fields.?[0..sch.field_count];
        }
        var seen: u64 = 0;
        var next: usize = 0; // fields before this one were passed
        if (!p.check('}')) {
            try p.expect('"', "Expected property name or '}'");
            while (true) {
                p.pos -= 1;
                const key_at = p.pos;
                const key = try p.stringToken(s != null);
                try p.expect(':', "Expected ':' after property name");
                if (s) |_| {
                    const name = key.?.units();
                    const i = for (fields, 0..) |f, j| {
                        if (std.mem.eql(u16, f.name.units(), name)) break j;
                    } else return p.shapeError(key_at, .{ "JSON.parse: the object at position ", at, " has a property '", name, "' that its declared type does not have" });
                    if (seen & (@as(u64, 1) << @intCast(i)) == 0) {
                        if (i < next) return p.shapeError(key_at, .{ "JSON.parse: the object at position ", at, " has its property '", name, "' out of the declared order (tsxen keeps declaration order)" });
                        next = i + 1;
                        seen |= @as(u64, 1) << @intCast(i);
                    }
                    const v = try p.value(fields[i].schema);
                    storeSlot(addr + fields[i].offset, fields[i].schema.storage, v, true);
                } else {
                    _ = try p.value(null);
                }
                if (p.check(',')) {
                    try p.expect('"', "Expected double-quoted property name");
                    continue;
                }
                try p.expect('}', "Expected ',' or '}' after property value");
                break;
            }
        }
        if (s == null) return Value.undefined;
        for (fields, 0..) |f, j| {
            if (f.optional == 0 and seen & (@as(u64, 1) << @intCast(j)) == 0) {
                return p.shapeError(at, .{ "JSON.parse: the object at position ", at, " lacks the property '", f.name.units(), "' that its declared type requires" });
            }
            // An absent optional property stays absent: a hole, not an undefined member.
            if (f.optional != 0 and seen & (@as(u64, 1) << @intCast(j)) == 0) {
                @as(*Value, @ptrFromInt(addr + f.offset)).* = .{ .tag = .undefined, .bits = inspect.hole_bits };
            }
        }
        return objectRef(addr);
    }
};

fn objectRef(addr: usize) Value {
    return .{ .tag = @enumFromInt(5), .bits = addr };
}

fn kindName(k: u32) []const u8 {
    return switch (k) {
        accept_null => "null",
        accept_boolean => "a boolean",
        accept_number => "a number",
        accept_string => "a string",
        accept_array => "an array",
        else => "an object",
    };
}

fn isDigit(c: u16) bool {
    return c >= '0' and c <= '9';
}

fn hexValue(c: u16) ?u16 {
    return switch (c) {
        '0'...'9' => c - '0',
        'a'...'f' => c - 'a' + 10,
        'A'...'F' => c - 'A' + 10,
        else => null,
    };
}

fn eqlAscii(a: []const u16, b: []const u8) bool {
    if (a.len != b.len) return false;
    for (a, b) |x, y| {
        if (x != y) return false;
    }
    return true;
}

fn copyOut(b: *const Buf) *Str {
    const s = string.alloc(b.len);
    @memcpy(s.unitsMut(), b.items());
    return s;
}

/// Stores `v` in a slot of kind `storage` (booleans: a byte in objects, an i64 in arrays).
fn storeSlot(addr: usize, storage: u32, v: Value, in_object: bool) void {
    switch (storage) {
        kind_value => @as(*Value, @ptrFromInt(addr)).* = v,
        kind_boolean => if (in_object) {
            @as(*u8, @ptrFromInt(addr)).* = @intCast(v.bits);
        } else {
            @as(*u64, @ptrFromInt(addr)).* = v.bits;
        },
        else => @as(*u64, @ptrFromInt(addr)).* = v.bits,
    }
}

fn slotsTag(storage: u32) u32 {
    return switch (storage) {
        kind_number, kind_boolean => object.TAG_F64_SLOTS,
        kind_value => object.TAG_VALUE_SLOTS,
        else => object.TAG_PTR_SLOTS,
    };
}

fn slotSize(storage: u32) usize {
    return if (storage == kind_value) 16 else 8;
}

fn allocSlots(storage: u32, cap: usize) *object.Slots {
    const p: *object.Slots = @ptrCast(heap.allocObject(@sizeOf(object.Slots) + cap * slotSize(storage), slotsTag(storage)));
    p.cap = @intCast(cap);
    return p;
}

/// Appends `v` as element `count`, growing the slots object when it is full.
fn appendSlot(items: ?*object.Slots, count: usize, storage: u32, v: Value) *object.Slots {
    var slots = items orelse allocSlots(storage, 4);
    const size = slotSize(storage);
    if (count == slots.cap) {
        const bigger = allocSlots(storage, slots.cap * 2);
        const from: [*]const u8 = @ptrFromInt(@intFromPtr(slots) + @sizeOf(object.Slots));
        const to: [*]u8 = @ptrFromInt(@intFromPtr(bigger) + @sizeOf(object.Slots));
        @memcpy(to[0 .. count * size], from[0 .. count * size]);
        slots = bigger;
    }
    storeSlot(@intFromPtr(slots) + @sizeOf(object.Slots) + count * size, storage, v, false);
    return slots;
}

/// JSON.parse(text) into the type `schema` describes: the value in `out`.
/// A SyntaxError (malformed text), TypeError (a value of another shape) or
/// RangeError (nesting too deep) is raised in the program instead.
export fn tsx_json_parse(text: *const Str, schema: *const Schema, out: *Value) callconv(.C) void {
    out.* = Value.undefined;
    var check = Parser{ .src = text.units() };
    _ = parseAll(&check, null) catch |e| return raise(&check, e);
    var build = Parser{ .src = text.units() };
    out.* = parseAll(&build, schema) catch |e| return raise(&build, e);
}

fn parseAll(p: *Parser, schema: ?*const Schema) Failure!Value {
    const v = try p.value(schema);
    p.skipSpace();
    if (!p.atEnd()) return p.failAtPosition("Unexpected non-whitespace character after JSON");
    return v;
}

fn raise(p: *const Parser, e: Failure) void {
    switch (e) {
        error.Syntax => throw.raise(.syntax_error, p.message.?),
        error.Shape => throw.raise(.type_error, p.message.?),
        error.TooDeep => throw.rangeError("Maximum call stack size exceeded"),
    }
}

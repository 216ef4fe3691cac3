// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! memset, memcpy and memmove for everything linked into a program or a
//! kernel (LLVM lowers @memset/@memcpy, and large copies in compiled code,
//! to calls to them). Zig 0.13's compiler-rt versions are byte loops when
//! built for size, as kernels are. Here, up to 32 bytes take a few
//! overlapping word moves, copies up to `long` bytes 32-byte vector moves,
//! and longer runs x86's string instructions, which move whole cache lines
//! on any CPU with ERMS (Ivy Bridge on, Zen on) and are a single step under
//! QEMU's TCG. They are strong symbols and win over compiler-rt's (which the
//! platform object keeps for everything else).
//!
//! The loops have a compiler barrier in them: LLVM would otherwise
//! recognise them as calls to memset or memcpy, inside those.

const builtin = @import("builtin");

comptime {
    // `zig test` links the host's libc, which has its own.
    if (!builtin.is_test) {
        @export(memset, .{ .name = "memset" });
        @export(memcpy, .{ .name = "memcpy" });
        @export(memmove, .{ .name = "memmove" });
    }
}

/// Up to `short` bytes: a few word moves; up to `long`: vector moves (the
/// string instructions' start-up cost dominates below that).
const short = 32;
const long = 512;
/// Sets stay in the vector loop longer: at boot the heap clears its block
/// maps (2 bytes per 64 KiB of RAM), and under QEMU's -icount, which the
/// bench uses to count boot instructions, each byte of a `rep stosb` counts
/// as an instruction (on hardware the two run at the same speed there).
const long_set = 256 << 10;
const V = @Vector(16, u8);

fn memset(dest: ?[*]u8, c: u8, len: usize) callconv(.C) ?[*]u8 {
    const d = dest orelse return dest;
    if (len <= short) {
        setShort(d, c, len);
        return dest;
    }
    if (len <= long_set) {
        setMedium(d, c, len);
        return dest;
    }
    var di: usize = undefined;
    var n: usize = undefined;
    asm volatile ("rep stosb"
        : [di] "={rdi}" (di),
          [n] "={rcx}" (n),
        : [dest] "{rdi}" (d),
          [len] "{rcx}" (len),
          [c] "{al}" (c),
        : "memory"
    );
    return dest;
}

/// 0..32 bytes: the first and the last word of the widest size that fits
/// (they overlap when `len` is not twice that size).
inline fn setShort(d: [*]u8, c: u8, len: usize) void {
    const w8 = @as(u64, c) * 0x0101010101010101;
    if (len >= 16) {
        store(u64, d, w8);
        store(u64, d + 8, w8);
        store(u64, d + len - 16, w8);
        store(u64, d + len - 8, w8);
    } else if (len >= 8) {
        store(u64, d, w8);
        store(u64, d + len - 8, w8);
    } else if (len >= 4) {
        store(u32, d, @truncate(w8));
        store(u32, d + len - 4, @truncate(w8));
    } else if (len > 0) {
        d[0] = c;
        d[len / 2] = c;
        d[len - 1] = c;
    }
}

/// 33..`long_set` bytes: 32 a step, then the last 32.
inline fn setMedium(d: [*]u8, c: u8, len: usize) void {
    const v: V = @splat(c);
    var i: usize = 0;
    while (i + 32 <= len) : (i += 32) {
        store(V, d + i, v);
        store(V, d + i + 16, v);
        asm volatile ("" ::: "memory");
    }
    store(V, d + len - 32, v);
    store(V, d + len - 16, v);
}

fn memcpy(noalias dest: ?[*]u8, noalias src: ?[*]const u8, len: usize) callconv(.C) ?[*]u8 {
    move(dest, src, len);
    return dest;
}

fn memmove(dest: ?[*]u8, src: ?[*]const u8, len: usize) callconv(.C) ?[*]u8 {
    move(dest, src, len);
    return dest;
}

/// Short moves read everything before writing, so they are safe for
/// overlapping ranges; longer ones copy front to back unless the destination
/// starts inside the source, which would overwrite bytes before they are read.
inline fn move(dest: ?[*]u8, src: ?[*]const u8, len: usize) void {
    const d = dest orelse return;
    const s = src orelse return;
    if (len <= short) return moveShort(d, s, len);
    const da = @intFromPtr(d);
    const sa = @intFromPtr(s);
    if (len <= long and (da + len <= sa or sa + len <= da)) return moveMedium(d, s, len);
    var di: usize = undefined;
    var si: usize = undefined;
    var n: usize = undefined;
    if (da <= sa or da >= sa + len) {
        asm volatile ("rep movsb"
            : [di] "={rdi}" (di),
              [si] "={rsi}" (si),
              [n] "={rcx}" (n),
            : [dest] "{rdi}" (da),
              [src] "{rsi}" (sa),
              [len] "{rcx}" (len),
            : "memory"
        );
    } else {
        // The direction flag copies from the last byte down; the ABI wants it clear again.
        asm volatile (
            \\std
            \\rep movsb
            \\cld
            : [di] "={rdi}" (di),
              [si] "={rsi}" (si),
              [n] "={rcx}" (n),
            : [dest] "{rdi}" (da + len - 1),
              [src] "{rsi}" (sa + len - 1),
              [len] "{rcx}" (len),
            : "memory", "cc"
        );
    }
}

/// 33..`long` bytes between disjoint ranges: 32 bytes a step, then the
/// last 32 (overlapping the steps when `len` is not a multiple of 32).
inline fn moveMedium(d: [*]u8, s: [*]const u8, len: usize) void {
    var i: usize = 0;
    while (i + 32 <= len) : (i += 32) {
        store(V, d + i, load(V, s + i));
        store(V, d + i + 16, load(V, s + i + 16));
        asm volatile ("" ::: "memory");
    }
    store(V, d + len - 32, load(V, s + len - 32));
    store(V, d + len - 16, load(V, s + len - 16));
}

inline fn moveShort(d: [*]u8, s: [*]const u8, len: usize) void {
    if (len >= 16) {
        const a = load(u64, s);
        const b = load(u64, s + 8);
        const y = load(u64, s + len - 16);
        const z = load(u64, s + len - 8);
        store(u64, d, a);
        store(u64, d + 8, b);
        store(u64, d + len - 16, y);
        store(u64, d + len - 8, z);
    } else if (len >= 8) {
        const a = load(u64, s);
        const z = load(u64, s + len - 8);
        store(u64, d, a);
        store(u64, d + len - 8, z);
    } else if (len >= 4) {
        const a = load(u32, s);
        const z = load(u32, s + len - 4);
        store(u32, d, a);
        store(u32, d + len - 4, z);
    } else if (len > 0) {
        const a = s[0];
        const m = s[len / 2];
        const z = s[len - 1];
        d[0] = a;
        d[len / 2] = m;
        d[len - 1] = z;
    }
}

inline fn load(comptime T: type, p: [*]const u8) T {
    return @as(*align(1) const T, @ptrCast(p)).*;
}

inline fn store(comptime T: type, p: [*]u8, v: T) void {
    @as(*align(1) T, @ptrCast(p)).* = v;
}

test "short and long moves, overlapping both ways, and sets" {
    const std = @import("std");
    var buf: [1400]u8 = undefined;
    var ref: [1400]u8 = undefined;
    for ([_]usize{ 0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 100, 511, 512, 513, 700 }) |len| {
        for ([_]usize{ 0, 1, 5, 40, 600 }) |shift| {
            for (&buf, 0..) |*b, i| b.* = @truncate(i * 7 + 3);
            ref = buf;
            // Forwards overlap (dest below src) and backwards (dest above src).
            move(@ptrCast(&buf[10]), @ptrCast(&buf[10 + shift]), len);
            std.mem.copyForwards(u8, ref[10 .. 10 + len], ref[10 + shift .. 10 + shift + len]);
            try std.testing.expectEqualSlices(u8, &ref, &buf);
            move(@ptrCast(&buf[10 + shift]), @ptrCast(&buf[10]), len);
            std.mem.copyBackwards(u8, ref[10 + shift .. 10 + shift + len], ref[10 .. 10 + len]);
            try std.testing.expectEqualSlices(u8, &ref, &buf);
        }
        buf = ref;
        setShortOrLong(&buf, len);
        for (buf, 0..) |b, i| try std.testing.expectEqual(if (i >= 3 and i < 3 + len) @as(u8, 0xab) else ref[i], b);
    }
}

fn setShortOrLong(buf: *[1400]u8, len: usize) void {
    _ = memset(@ptrCast(&buf[3]), 0xab, len);
}

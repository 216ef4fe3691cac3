// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Page permissions. The boot tables (pvh.zig) map the first 4 GiB with
// writable, executable 2 MiB pages. protect() rewrites them in place:
//   page 0                          not present (null dereferences fault)
//   the rest below the image        read/write, no execute
//   ELF headers, note, text         read-only, executable
//   rodata                          read-only, no execute
//   page tables and IDT             read-only once protect() returns
//   the hypercall page              read-only, executable (Xen fills it)
//   data, bss, stacks, heap, MMIO   read/write, no execute
//   the page below the program stack  not present (overflow faults)
// and sets CR0.WP, so that the kernel too obeys read-only pages: after
// protect() nothing can write the text (no writable alias of it exists, and
// the tables that would make one are read-only). No execute needs EFER.NXE
// (CPUID 0x80000001 EDX bit 20); without it, only the W bits apply.

const std = @import("std");
const cpu = @import("cpu.zig");
const fatal = @import("panic.zig");

const P: u64 = 1 << 0;
const W: u64 = 1 << 1;
const PS: u64 = 1 << 7; // 2 MiB page (in a page directory entry)
const page = 4096;
const big = 2 << 20;

extern var tsx_pd: [4 * 512]u64;
extern const __image_start: u8;
extern const __image_end: u8;
extern const __text_end: u8;
extern const __rodata_end: u8;
extern const __ro_after_init_start: u8;
extern const __ro_after_init_end: u8;
extern const tsx_hypercall_page: u8;

// Page tables for 2 MiB regions that need 4 KiB pages: the image's and the
// stack guard's.
var pool: [4][512]u64 align(page) linksection(".bss.tsx_ro_after_init.pool") = undefined;
var pool_used: usize = 0;

var nx: u64 = 0;
var guard_page: u64 = 0;

/// The unmapped page below the program stack (0 before protect()).
pub fn guardPage() u64 {
    return guard_page;
}

fn addr(s: *const u8) u64 {
    return @intFromPtr(s);
}

fn roundUp(x: u64) u64 {
    return (x + page - 1) & ~@as(u64, page - 1);
}

/// The permissions of the 4 KiB page at `a` (inside the image's regions).
fn flags(a: u64) u64 {
    if (a == 0) return 0;
    if (a < addr(&__image_start)) return P | W | nx;
    if (a < roundUp(addr(&__text_end))) return P;
    if (a < roundUp(addr(&__rodata_end))) return P | nx;
    if (a >= addr(&__ro_after_init_start) and a < addr(&__ro_after_init_end)) return P | nx;
    if (a == addr(&tsx_hypercall_page)) return P;
    return P | W | nx;
}

fn takeTable() *[512]u64 {
    if (pool_used == pool.len) fatal.fail("kernel image too large for the page-table pool");
    pool_used += 1;
    return &pool[pool_used - 1];
}

/// The first page after `a` whose flags() may differ from a's: every test
/// in flags() compares a page address with one of these (rounded up to a
/// page, as a page passes `a < x` exactly when it lies below roundUp(x)).
fn nextBoundary(a: u64) u64 {
    const hyper = addr(&tsx_hypercall_page);
    const bounds = [_]u64{
        page,                              roundUp(addr(&__image_start)),
        roundUp(addr(&__text_end)),        roundUp(addr(&__rodata_end)),
        roundUp(addr(&__ro_after_init_start)), roundUp(addr(&__ro_after_init_end)),
        hyper,                             hyper + page,
    };
    var next: u64 = std.math.maxInt(u64);
    for (bounds) |b| {
        if (b > a and b < next) next = b;
    }
    return next;
}

/// Replace the 2 MiB page `i` by a page table of 4 KiB pages, run by run of
/// pages with the same permissions (boot time: a call to flags() per page
/// was most of protect()'s instructions).
fn split(i: usize, comptime perm: fn (u64) u64, comptime boundary: fn (u64) u64) *[512]u64 {
    const t = takeTable();
    const base = i * big;
    var j: usize = 0;
    while (j < t.len) {
        const a = base + j * page;
        const end: usize = @intCast(@min(t.len, (@min(boundary(a), base + big) - base) / page));
        fill(t[j..end], a, perm(a));
        j = end;
    }
    tsx_pd[i] = @intFromPtr(t) | P | W;
    return t;
}

/// Entries mapping consecutive pages from `a`, all with `f`, four at a time.
fn fill(run: []u64, a: u64, f: u64) void {
    var k: usize = 0;
    var v: @Vector(4, u64) = .{ a | f, (a + page) | f, (a + 2 * page) | f, (a + 3 * page) | f };
    const step: @Vector(4, u64) = @splat(4 * page);
    while (k + 4 <= run.len) : (k += 4) {
        run[k..][0..4].* = v;
        v += step;
    }
    while (k < run.len) : (k += 1) run[k] = (a + k * page) | f;
}

fn dataPage(_: u64) u64 {
    return P | W | nx;
}

fn noBoundary(_: u64) u64 {
    return std.math.maxInt(u64);
}

/// ORs `bits` into every entry, four at a time.
fn setBits(entries: []u64, bits: u64) void {
    const v: @Vector(4, u64) = @splat(bits);
    var k: usize = 0;
    while (k + 4 <= entries.len) : (k += 4) {
        const w: *[4]u64 = entries[k..][0..4];
        w.* = @as(@Vector(4, u64), w.*) | v;
    }
    while (k < entries.len) : (k += 1) entries[k] |= bits;
}

/// Apply the permissions; `guard` is the page to leave unmapped below the
/// program stack (0 for none).
pub fn protect(guard: u64) void {
    if (cpu.cpuid(0x80000000, 0).eax >= 0x80000001 and cpu.cpuid(0x80000001, 0).edx & (1 << 20) != 0) {
        cpu.wrmsr(cpu.EFER, cpu.rdmsr(cpu.EFER) | cpu.EFER_NXE);
        nx = 1 << 63;
    }
    // Everything mapped with 2 MiB pages becomes data: read/write, no
    // execute. The image's regions are split first, so that the code we run
    // stays mapped throughout (the old translations stay in the TLB until
    // CR3 is reloaded anyway).
    const image_regions = (addr(&__image_end) + big - 1) / big;
    for (0..image_regions) |i| _ = split(i, flags, nextBoundary);
    setBits(tsx_pd[image_regions..], nx);

    if (guard != 0) {
        const i = guard / big;
        const t: *[512]u64 = if (tsx_pd[i] & PS != 0) split(i, dataPage, noBoundary) else @ptrFromInt(tsx_pd[i] & 0x000f_ffff_ffff_f000);
        t[(guard % big) / page] = 0;
        guard_page = guard;
    }
    cpu.writeCr3(cpu.readCr3()); // flush the TLB
    cpu.writeCr0(cpu.readCr0() | cpu.CR0_WP);
}

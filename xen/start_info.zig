// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// struct hvm_start_info, handed over in %ebx at the PVH entry
// (xen/include/public/arch-x86/hvm/start_info.h): command line, modules and,
// from version 1 on, the memory map.

pub const magic_value: u32 = 0x336ec578;
pub const SIF_PRIVILEGED: u32 = 1 << 0;
pub const SIF_INITDOMAIN: u32 = 1 << 1;

pub const StartInfo = extern struct {
    magic: u32,
    version: u32,
    flags: u32,
    nr_modules: u32,
    modlist_paddr: u64,
    cmdline_paddr: u64,
    rsdp_paddr: u64,
    // version >= 1
    memmap_paddr: u64,
    memmap_entries: u32,
    reserved: u32,
};

pub const ModlistEntry = extern struct {
    paddr: u64,
    size: u64,
    cmdline_paddr: u64,
    reserved: u64,
};

pub const MemmapEntry = extern struct {
    addr: u64,
    size: u64,
    type: u32, // 1 = RAM
    reserved: u32,
};
pub const MEMMAP_RAM: u32 = 1;

pub var info: *const StartInfo = undefined;

/// Validate and remember the start info. False when the magic is wrong.
pub fn init(paddr: u32) bool {
    if (paddr == 0) return false;
    info = @ptrFromInt(paddr);
    return info.magic == magic_value;
}

pub fn isInitialDomain() bool {
    return info.flags & SIF_INITDOMAIN != 0;
}

pub fn cmdline() []const u8 {
    if (info.cmdline_paddr == 0) return "";
    const p: [*:0]const u8 = @ptrFromInt(info.cmdline_paddr);
    var n: usize = 0;
    while (p[n] != 0) n += 1;
    return p[0..n];
}

pub fn memmap() []const MemmapEntry {
    if (info.version < 1 or info.memmap_paddr == 0) return &.{};
    const p: [*]const MemmapEntry = @ptrFromInt(info.memmap_paddr);
    return p[0..info.memmap_entries];
}

pub fn modules() []const ModlistEntry {
    if (info.nr_modules == 0 or info.modlist_paddr == 0) return &.{};
    const p: [*]const ModlistEntry = @ptrFromInt(info.modlist_paddr);
    return p[0..info.nr_modules];
}

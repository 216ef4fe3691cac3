// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// PVH entry. Xen (or QEMU's -kernel) finds tsx_pvh_start through the ELF note
// XEN_ELFNOTE_PHYS32_ENTRY and enters it in 32-bit protected mode, paging off,
// flat segments, with %ebx = physical address of struct hvm_start_info.
//
// We: move data and rodata from where they were loaded to where they are
// linked (see kernel.ld), load our own GDT, identity map the
// first 4 GiB with 2 MiB pages (all writable and executable: paging.zig
// replaces these tables with tighter ones once in Zig), enable PAE + SSE,
// switch to long mode, set up the 64 KiB boot stack and call
// tsx_xen_main(start_info_phys) in kernel.zig.

comptime {
    asm (
        \\ .section .note.xen, "a", @note
        \\ .balign 4
        \\ .long 4                      /* namesz: "Xen\0" */
        \\ .long 8                      /* descsz: 8-byte address (ELF64) */
        \\ .long 18                     /* XEN_ELFNOTE_PHYS32_ENTRY */
        \\ .asciz "Xen"
        \\ .balign 4
        \\ .quad tsx_pvh_start
        \\ .balign 4
        \\
        \\ .section .text.boot32, "ax", @progbits
        \\ .code32
        \\ .globl tsx_pvh_start
        \\ .type tsx_pvh_start, @function
        \\tsx_pvh_start:
        \\ mov %ebx, %ebp                 /* keep start_info across rep movs */
        \\ rdtsc                          /* entry time, for boot_time.zig: */
        \\ mov %eax, %ebx                 /*   low half in %ebx, */
        \\ mov %edx, %esp                 /*   high half in %esp (no stack yet) */
        \\
        \\ /* data, then rodata: to their link addresses, last byte first */
        \\ std                            /* 4 bytes at a time: kernel.ld */
        \\ mov $__data_size, %ecx         /*   makes both sizes multiples of 8 */
        \\ lea __data_load - 4(%ecx), %esi
        \\ lea __data_start - 4(%ecx), %edi
        \\ shr $2, %ecx
        \\ rep movsl
        \\ mov $__rodata_size, %ecx
        \\ lea __rodata_load - 4(%ecx), %esi
        \\ lea __rodata_start - 4(%ecx), %edi
        \\ shr $2, %ecx
        \\ rep movsl
        \\ cld
        \\ mov %ebx, tsx_entry_tsc         /* .data is in place now */
        \\ mov %esp, tsx_entry_tsc + 4
        \\
        \\ lgdt tsx_gdt_ptr
        \\ mov $0x10, %eax
        \\ mov %eax, %ds
        \\ mov %eax, %es
        \\ mov %eax, %ss
        \\
        \\ /* .bss (page tables included) is already zero: it lies inside the
        \\    data segment's p_memsz past its p_filesz, which ELF loaders
        \\    (QEMU's, Xen's libelf) must and do fill with zeros. */
        \\
        \\ /* PML4[0] -> PDPT; PDPT[0..3] -> 4 page directories of 2 MiB pages */
        \\ movl $tsx_pdpt + 3, tsx_pml4
        \\ mov $tsx_pd + 3, %eax
        \\ xor %ecx, %ecx
        \\1: mov %eax, tsx_pdpt(,%ecx,8)
        \\ add $0x1000, %eax
        \\ inc %ecx
        \\ cmp $4, %ecx
        \\ jb 1b
        \\ mov $0x83, %eax                 /* present | writable | 2 MiB page */
        \\ xor %ecx, %ecx
        \\2: mov %eax, tsx_pd(,%ecx,8)
        \\ add $0x200000, %eax
        \\ inc %ecx
        \\ cmp $2048, %ecx
        \\ jb 2b
        \\
        \\ mov %cr4, %eax
        \\ or $0x620, %eax                /* PAE | OSFXSR | OSXMMEXCPT */
        \\ mov %eax, %cr4
        \\ mov $tsx_pml4, %eax
        \\ mov %eax, %cr3
        \\ mov $0xc0000080, %ecx          /* EFER */
        \\ rdmsr
        \\ or $0x100, %eax                /* LME */
        \\ wrmsr
        \\ mov %cr0, %eax
        \\ and $~0x4, %eax                /* clear EM */
        \\ or $0x80000003, %eax           /* PG | MP | PE */
        \\ mov %eax, %cr0
        \\ ljmp $0x08, $tsx_start64
        \\
        \\ .code64
        \\tsx_start64:
        \\ xor %eax, %eax
        \\ mov %eax, %fs
        \\ mov %eax, %gs
        \\ mov $tsx_stack_top, %esp
        \\ fninit
        \\ mov %ebp, %edi
        \\ xor %ebp, %ebp
        \\ call tsx_xen_main
        \\3: cli
        \\ hlt
        \\ jmp 3b
        \\
        \\ /* Writable: ltr marks the TSS descriptor busy (tss.zig fills it). The
        \\    accessed bits are preset, so loading a selector writes nothing. */
        \\ .section .data.tsx_gdt, "aw", @progbits
        \\ .balign 8
        \\ .globl tsx_gdt
        \\tsx_gdt:
        \\ .quad 0
        \\ .quad 0x00af9b000000ffff        /* 0x08: 64-bit code */
        \\ .quad 0x00cf93000000ffff        /* 0x10: flat data */
        \\ .quad 0, 0                     /* 0x18: 64-bit TSS */
        \\tsx_gdt_ptr:
        \\ .word tsx_gdt_ptr - tsx_gdt - 1
        \\ .long tsx_gdt
        \\
        \\ .section .data.tsx_entry_tsc, "aw", @progbits
        \\ .balign 8
        \\ .globl tsx_entry_tsc
        \\tsx_entry_tsc: .quad 0
        \\
        \\ .section .bss.tsx_ro_after_init.pagetables, "aw", @nobits
        \\ .balign 4096
        \\ .globl tsx_pml4, tsx_pdpt, tsx_pd
        \\tsx_pml4: .skip 4096
        \\tsx_pdpt: .skip 4096
        \\tsx_pd: .skip 4 * 4096
        \\
        \\ .section .tsx_stack, "aw", @nobits
        \\ .balign 16
        \\ .skip 64 * 1024
        \\tsx_stack_top:
        \\ .text
    );
}

/// Bytes identity mapped by the boot page tables (4 GiB).
pub const mapped_limit: u64 = 4 << 30;

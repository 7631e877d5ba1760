"""Writes a corrupted copy of a shared library (ELF64, little-endian: x86-64 and AArch64).

Usage: elf_patch.py MODE IN.so OUT.so
  st-name-all        every .dynsym entry's st_name (index 0 included) set to 0x7ffffff0,
                     far outside .dynstr: what the dynamic loader and jitxr read as names
  st-name-defined    the same, for the entries the library defines (st_shndx != 0) only:
                     the loader can still relocate the library, jitxr's ELF reading meets
                     the bad names
  shoff              e_shoff points far outside the file (no section headers to read)
  shnum0             e_shnum is 0 (section headers stripped; the loader does not need them)
  dynsym-size        .dynsym's sh_size is 0x7ffffffffff0
  dynstr-size        .dynstr's sh_size (the section .dynsym links to) is 0x7ffffffffff0
  dynsym-offset      .dynsym's sh_offset is 0x7ffffffffff0
  dynsym-link        .dynsym's sh_link names section 0xffff, which does not exist
  dynsym-entsize0    .dynsym's sh_entsize is 0
  half               only the first half of the file
Prints what it changed (a count), so a case can check that the patch found its target.
"""
import struct
import sys

SHT_DYNSYM = 11
FAR = 0x7FFFFFFFFFF0

mode, src, dst = sys.argv[1:4]
data = bytearray(open(src, "rb").read())
if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
    sys.exit("elf_patch.py: %s is not an ELF64 little-endian file" % src)
e_shoff, = struct.unpack_from("<Q", data, 0x28)
e_shentsize, e_shnum = struct.unpack_from("<HH", data, 0x3A)


def section(i):
    return e_shoff + i * e_shentsize


def dynsyms():
    for i in range(e_shnum):
        if struct.unpack_from("<I", data, section(i) + 4)[0] == SHT_DYNSYM:
            yield section(i)


changed = 0
if mode in ("st-name-all", "st-name-defined"):
    for sh in dynsyms():
        off, size = struct.unpack_from("<QQ", data, sh + 0x18)
        ent, = struct.unpack_from("<Q", data, sh + 0x38)
        for k in range(size // ent):
            sym = off + k * ent
            st_shndx, = struct.unpack_from("<H", data, sym + 6)
            if mode == "st-name-defined" and st_shndx == 0:
                continue
            struct.pack_into("<I", data, sym, 0x7FFFFFF0)
            changed += 1
elif mode == "shoff":
    struct.pack_into("<Q", data, 0x28, FAR)
    changed = 1
elif mode == "shnum0":
    struct.pack_into("<H", data, 0x3C, 0)
    changed = 1
elif mode == "half":
    data = data[: len(data) // 2]
    changed = 1
else:
    field = {"dynsym-size": (0x20, "<Q", FAR), "dynsym-offset": (0x18, "<Q", FAR),
             "dynsym-link": (0x28, "<I", 0xFFFF), "dynsym-entsize0": (0x38, "<Q", 0),
             "dynstr-size": (0x20, "<Q", FAR)}[mode]
    for sh in dynsyms():
        where = sh
        if mode == "dynstr-size":
            link, = struct.unpack_from("<I", data, sh + 0x28)
            where = section(link)
        struct.pack_into(field[1], data, where + field[0], field[2])
        changed += 1
open(dst, "wb").write(data)
print("patched %d" % changed)

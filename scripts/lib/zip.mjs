// A minimal ZIP writer (deflate, no dependencies) for the WordPress plugin's upload zip.
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The fields the local and central headers share, from `at`: version needed, flags (UTF-8
 * names), method (deflate), time, date, CRC, compressed and plain sizes, name length.
 */
function writeShared(header, at, { crc, compressed, size, nameLength }) {
  const date = ((2026 - 1980) << 9) | (1 << 5) | 1;
  [
    [20, 2],
    [0x0800, 2],
    [8, 2],
    [0, 2],
    [date, 2],
    [crc, 4],
    [compressed, 4],
    [size, 4],
    [nameLength, 2],
  ].reduce((offset, [value, bytes]) => {
    if (bytes === 2) header.writeUInt16LE(value, offset);
    else header.writeUInt32LE(value, offset);
    return offset + bytes;
  }, at);
}

/** A ZIP archive of `files` (`[{ name, data }]`, names with `/`), as a Buffer. Dates are fixed (1 Jan 2026), so builds are reproducible. */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const fields = { crc: crc32(data), compressed: compressed.length, size: data.length, nameLength: nameBytes.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeShared(local, 4, fields);
    locals.push(local, nameBytes, compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    writeShared(central, 6, fields);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

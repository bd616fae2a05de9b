//! Hand-made PNG files for hostile-input tests: a PNG header announcing any size, followed by
//! any compressed data (empty, or a real bomb of zeros). Shared by `tests/hostile*.rs`.

#![allow(dead_code)]

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
}

/// A zlib stream of one empty stored block (decodes to nothing).
pub const EMPTY_ZLIB: [u8; 11] = [0x78, 0x01, 0x01, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01];

/// A PNG announcing `w`×`h` RGBA pixels whose image data is `zlib`.
pub fn png_with(w: u32, h: u32, zlib: &[u8]) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", zlib);
    chunk(&mut out, b"IEND", &[]);
    out
}

/// A zlib stream inflating to `bytes` zeros (about 1.6 KB per MB): the payload of a real bomb.
pub fn zlib_zeros(bytes: usize) -> Vec<u8> {
    let mut z = Vec::new();
    zlib_zeros::Deflate::new(&mut z).write_zeros(bytes);
    z
}

/// Minimal zlib writer for runs of zeros (fixed Huffman, length-258 back-references), so the
/// test needs no compression crate.
mod zlib_zeros {
    pub struct Deflate<'a> {
        out: &'a mut Vec<u8>,
        bits: u64,
        nbits: u32,
    }
    impl<'a> Deflate<'a> {
        pub fn new(out: &'a mut Vec<u8>) -> Self {
            out.extend_from_slice(&[0x78, 0x01]);
            Deflate { out, bits: 0, nbits: 0 }
        }
        fn put(&mut self, value: u32, n: u32) {
            self.bits |= u64::from(value) << self.nbits;
            self.nbits += n;
            while self.nbits >= 8 {
                self.out.push(self.bits as u8);
                self.bits >>= 8;
                self.nbits -= 8;
            }
        }
        /// Huffman codes are written most significant bit first.
        fn code(&mut self, code: u32, len: u32) {
            let mut rev = 0;
            for i in 0..len {
                rev |= ((code >> i) & 1) << (len - 1 - i);
            }
            self.put(rev, len);
        }
        pub fn write_zeros(&mut self, n: usize) {
            self.put(1, 1); // final block
            self.put(1, 2); // fixed Huffman
            self.code(0x30, 8); // literal 0
            let mut left = n - 1;
            while left >= 258 {
                self.code(0b1100_0101, 8); // length code 285 = 258
                self.code(0, 5); // distance code 0 = 1
                left -= 258;
            }
            for _ in 0..left {
                self.code(0x30, 8);
            }
            self.code(0, 7); // end of block
            if self.nbits > 0 {
                self.put(0, 8 - self.nbits);
            }
            // Adler-32 is not checked before the data runs out; write a placeholder.
            self.out.extend_from_slice(&[0, 0, 0, 1]);
        }
    }
}

//! Transparent decompression by file extension: `.gz` (multi-member), `.zst`
//! and `.bz2`. Decoders stream: only a buffer of the decompressed data is held
//! in memory at a time.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

/// Size of the read buffer put in front of every decoder.
const BUF: usize = 1 << 16;

/// How a file is compressed, judged by its last extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Not compressed.
    None,
    /// gzip (`.gz`); concatenated members are read one after another.
    Gzip,
    /// Zstandard (`.zst`, `.zstd`); concatenated frames are read one after another.
    Zstd,
    /// bzip2 (`.bz2`); concatenated streams are read one after another.
    Bzip2,
}

impl Compression {
    /// Splits a lower-case file name into its compression and the name without
    /// the compression extension (`a.jsonl.gz` → `(Gzip, "a.jsonl")`).
    pub fn split(name: &str) -> (Compression, &str) {
        for (ext, c) in [
            (".gz", Compression::Gzip),
            (".zst", Compression::Zstd),
            (".zstd", Compression::Zstd),
            (".bz2", Compression::Bzip2),
        ] {
            if let Some(base) = name.strip_suffix(ext) {
                return (c, base);
            }
        }
        (Compression::None, name)
    }

    /// The compression of `path`, by extension (case-insensitive).
    pub fn of_path(path: &Path) -> Compression {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        Compression::split(&name).0
    }

    /// Wraps `reader` in the matching streaming decoder.
    pub fn decoder<R: Read + Send + 'static>(
        self,
        reader: R,
    ) -> io::Result<Box<dyn BufRead + Send>> {
        Ok(match self {
            Compression::None => Box::new(BufReader::with_capacity(BUF, reader)),
            Compression::Gzip => Box::new(BufReader::with_capacity(
                BUF,
                flate2::read::MultiGzDecoder::new(reader),
            )),
            Compression::Zstd => Box::new(BufReader::with_capacity(
                BUF,
                zstd::stream::read::Decoder::new(reader)?,
            )),
            Compression::Bzip2 => Box::new(BufReader::with_capacity(
                BUF,
                bzip2::read::MultiBzDecoder::new(reader),
            )),
        })
    }
}

/// Opens `path` for buffered reading, decompressing by extension.
pub fn open(path: &Path) -> io::Result<Box<dyn BufRead + Send>> {
    let file = File::open(path)?;
    Compression::of_path(path).decoder(file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn bzip(data: &[u8]) -> Vec<u8> {
        let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn read_all(c: Compression, bytes: Vec<u8>) -> String {
        let mut out = String::new();
        c.decoder(io::Cursor::new(bytes))
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn splits_extensions() {
        assert_eq!(
            Compression::split("a.jsonl.gz"),
            (Compression::Gzip, "a.jsonl")
        );
        assert_eq!(
            Compression::split("a.csv.zst"),
            (Compression::Zstd, "a.csv")
        );
        assert_eq!(
            Compression::split("a.txt.bz2"),
            (Compression::Bzip2, "a.txt")
        );
        assert_eq!(Compression::split("a.txt"), (Compression::None, "a.txt"));
        assert_eq!(
            Compression::of_path(Path::new("X/B.JSONL.GZ")),
            Compression::Gzip
        );
    }

    #[test]
    fn reads_concatenated_members_of_every_format() {
        let (a, b) = (b"first member\n".as_slice(), b"second member\n".as_slice());
        let want = "first member\nsecond member\n";

        let mut gz = gzip(a);
        gz.extend(gzip(b));
        assert_eq!(read_all(Compression::Gzip, gz), want);

        let mut zst = zstd::encode_all(a, 1).unwrap();
        zst.extend(zstd::encode_all(b, 1).unwrap());
        assert_eq!(read_all(Compression::Zstd, zst), want);

        let mut bz = bzip(a);
        bz.extend(bzip(b));
        assert_eq!(read_all(Compression::Bzip2, bz), want);

        assert_eq!(read_all(Compression::None, want.as_bytes().to_vec()), want);
    }

    #[test]
    fn corrupt_data_is_an_error_not_a_panic() {
        let mut out = Vec::new();
        for c in [Compression::Gzip, Compression::Zstd, Compression::Bzip2] {
            let r = c
                .decoder(io::Cursor::new(b"definitely not compressed".to_vec()))
                .and_then(|mut d| d.read_to_end(&mut out));
            assert!(r.is_err(), "{c:?}");
        }
    }
}

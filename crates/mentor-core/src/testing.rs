//! Files built for tests, shared by this crate's unit tests and the
//! binary's integration tests (which reach it through the `testing`
//! feature of their dev-dependency), so that each is written once.

/// An Excel 97 `Workbook` stream of BIFF records: the workbook's BOF and
/// EOF, then `sheets` sheets, each with a number at A1, a blank cell
/// record (also at A1) and a number at `corner` (row, column).
pub fn biff(sheets: usize, corner: (u16, u16)) -> Vec<u8> {
    let record = |kind: u16, body: &[u8]| {
        let mut r = kind.to_le_bytes().to_vec();
        r.extend((body.len() as u16).to_le_bytes());
        r.extend(body);
        r
    };
    let number = |row: u16, col: u16| {
        let mut b = row.to_le_bytes().to_vec();
        b.extend(col.to_le_bytes());
        b.extend([0u8; 10]);
        record(0x0203, &b)
    };
    let mut out = record(0x0809, &[0; 16]);
    out.extend(record(0x000A, &[]));
    for _ in 0..sheets {
        out.extend(record(0x0809, &[0; 16]));
        out.extend(number(0, 0));
        out.extend(record(0x0201, &[0; 6]));
        out.extend(number(corner.0, corner.1));
        out.extend(record(0x000A, &[]));
    }
    out
}

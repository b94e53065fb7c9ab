//! A small sRGB ICC profile (version 2.1, display class) built in code for the PDF's output
//! intent: the D50 white point, the Bradford-adapted sRGB primaries and the sRGB tone curve as a
//! 1 024-point table, each from IEC 61966-2-1. No file is copied: the numbers are the standard's.

/// The profile's bytes.
pub fn srgb() -> Vec<u8> {
    let desc = text_description("sRGB IEC61966-2.1");
    let cprt = text("No copyright, use freely");
    let xyz = |x: f64, y: f64, z: f64| {
        let mut v = b"XYZ \0\0\0\0".to_vec();
        for c in [x, y, z] {
            v.extend_from_slice(&s15f16(c));
        }
        v
    };
    let mut curve = b"curv\0\0\0\0".to_vec();
    const POINTS: u32 = 1024;
    curve.extend_from_slice(&POINTS.to_be_bytes());
    for i in 0..POINTS {
        let c = f64::from(i) / f64::from(POINTS - 1);
        let linear = if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
        curve.extend_from_slice(&((linear * 65535.0).round() as u16).to_be_bytes());
    }
    // Tags in order; the three tone curves share one table.
    let data: Vec<(&[u8; 4], Vec<u8>)> = vec![
        (b"desc", desc),
        (b"cprt", cprt),
        (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", xyz(0.4361, 0.2225, 0.0139)),
        (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)),
        (b"bXYZ", xyz(0.1431, 0.0606, 0.7141)),
        (b"rTRC", curve),
    ];
    let count = data.len() as u32 + 2;
    let mut table = count.to_be_bytes().to_vec();
    let mut body = Vec::new();
    let start = 128 + 4 + 12 * count as usize;
    let mut curve_at = (0u32, 0u32);
    for (sig, bytes) in &data {
        while body.len() % 4 != 0 {
            body.push(0);
        }
        let offset = (start + body.len()) as u32;
        let size = bytes.len() as u32;
        table.extend_from_slice(*sig);
        table.extend_from_slice(&offset.to_be_bytes());
        table.extend_from_slice(&size.to_be_bytes());
        if *sig == b"rTRC" {
            curve_at = (offset, size);
        }
        body.extend_from_slice(bytes);
    }
    for sig in [b"gTRC", b"bTRC"] {
        table.extend_from_slice(sig);
        table.extend_from_slice(&curve_at.0.to_be_bytes());
        table.extend_from_slice(&curve_at.1.to_be_bytes());
    }
    while body.len() % 4 != 0 {
        body.push(0);
    }
    let size = (128 + table.len() + body.len()) as u32;
    let mut out = Vec::with_capacity(size as usize);
    out.extend_from_slice(&size.to_be_bytes());
    out.extend_from_slice(&[0; 4]); // preferred CMM
    out.extend_from_slice(&[0x02, 0x10, 0, 0]); // version 2.1
    out.extend_from_slice(b"mntrRGB XYZ ");
    // Date and time: 2000-01-01 00:00:00.
    for v in [2000u16, 1, 1, 0, 0, 0] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    out.extend_from_slice(b"acsp");
    out.extend_from_slice(&[0; 4 + 4 + 4 + 4 + 8]); // platform, flags, manufacturer, model, attributes
    out.extend_from_slice(&0u32.to_be_bytes()); // perceptual intent
    for c in [0.9642, 1.0, 0.8249] {
        out.extend_from_slice(&s15f16(c));
    }
    out.extend_from_slice(&[0; 4 + 16 + 28]); // creator, profile id, reserved
    debug_assert_eq!(out.len(), 128);
    out.extend_from_slice(&table);
    out.extend_from_slice(&body);
    out
}

/// A signed 15.16 fixed-point number.
fn s15f16(v: f64) -> [u8; 4] {
    ((v * 65536.0).round() as i32).to_be_bytes()
}

/// A version 2 `desc` tag: the ASCII text, no Unicode or ScriptCode text.
fn text_description(s: &str) -> Vec<u8> {
    let mut v = b"desc\0\0\0\0".to_vec();
    v.extend_from_slice(&(s.len() as u32 + 1).to_be_bytes());
    v.extend_from_slice(s.as_bytes());
    v.push(0);
    v.extend_from_slice(&[0; 4 + 4]); // Unicode language code and count
    v.extend_from_slice(&[0; 2 + 1 + 67]); // ScriptCode code, count and text
    v
}

/// A `text` tag.
fn text(s: &str) -> Vec<u8> {
    let mut v = b"text\0\0\0\0".to_vec();
    v.extend_from_slice(s.as_bytes());
    v.push(0);
    v
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_profile_is_well_formed() {
        let p = super::srgb();
        assert_eq!(u32::from_be_bytes([p[0], p[1], p[2], p[3]]) as usize, p.len());
        assert_eq!(&p[36..40], b"acsp");
        assert_eq!(&p[12..20], b"mntrRGB ");
        let count = u32::from_be_bytes([p[128], p[129], p[130], p[131]]) as usize;
        assert_eq!(count, 9);
        for i in 0..count {
            let e = &p[132 + 12 * i..144 + 12 * i];
            let offset = u32::from_be_bytes([e[4], e[5], e[6], e[7]]) as usize;
            let size = u32::from_be_bytes([e[8], e[9], e[10], e[11]]) as usize;
            assert_eq!(offset % 4, 0, "tag {i} aligned");
            assert!(offset + size <= p.len(), "tag {i} inside the profile");
        }
    }
}

//! `geo:` (RFC 5870) and `tel:` (RFC 3966) URIs of a listing.

use super::Card;

/// `geo:LAT,LON` of the office, only when a source states its coordinates:
/// a listing placed at its ZIP's or city's centre has none here, so no
/// approximate point is ever sent as a precise one.
pub fn geo(card: &Card) -> Option<String> {
    let listing = card.listing?;
    let (lat, lon) = (listing.latitude?, listing.longitude?);
    Some(format!("geo:{},{}", trim(lat), trim(lon)))
}

/// Up to six decimals (about 10 cm), without trailing zeros.
fn trim(degrees: f64) -> String {
    let text = format!("{degrees:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.to_string()
    }
}

/// The `tel:` URI of the listing's phone number, when it can be dialled
/// from anywhere: a number written with `+` and its country code, or (for
/// listings in the US or with no country) a ten-digit North American
/// number, or a three-digit N11 service code such as 311 (then local to
/// the US, as RFC 3966 requires: `;phone-context=+1`). An extension written
/// "ext. 12" or "x12" becomes `;ext=12`.
pub fn tel(card: &Card) -> Option<String> {
    let listing = card.listing?;
    let written = listing.phone.as_deref()?.trim();
    let lower = written.to_ascii_lowercase();
    let (number, extension) = match lower.find(['x', 'e']) {
        Some(at) => {
            let ext: String = lower[at..].chars().filter(char::is_ascii_digit).collect();
            (&written[..at], (!ext.is_empty()).then_some(ext))
        }
        None => (written, None),
    };
    if number.chars().any(|c| c.is_alphabetic()) {
        return None;
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let north_american = listing.country.as_deref().is_none_or(|c| c == "US");
    let mut uri = if number.trim_start().starts_with('+') && (8..=15).contains(&digits.len()) {
        format!("tel:+{digits}")
    } else if north_american && digits.len() == 10 {
        format!("tel:+1-{}-{}-{}", &digits[..3], &digits[3..6], &digits[6..])
    } else if north_american && digits.len() == 11 && digits.starts_with('1') {
        format!(
            "tel:+1-{}-{}-{}",
            &digits[1..4],
            &digits[4..7],
            &digits[7..]
        )
    } else if north_american && digits.len() == 3 && digits.ends_with("11") {
        format!("tel:{digits};phone-context=+1")
    } else {
        return None;
    };
    if let Some(ext) = extension {
        uri.push_str(";ext=");
        uri.push_str(&ext);
    }
    Some(uri)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ListingDetails;
    use crate::share::Labels;

    fn card(listing: &ListingDetails) -> Card<'_> {
        Card {
            name: "Test Clinic A (fixture)",
            summary: "",
            listing: Some(listing),
            verified_on: "2026-11-26",
            sources: &[],
            lang: "en",
            labels: Labels::for_languages(&[]),
            check_status: false,
        }
    }

    fn tel_of(phone: &str, country: Option<&str>) -> Option<String> {
        let listing = ListingDetails {
            phone: Some(phone.into()),
            country: country.map(Into::into),
            ..Default::default()
        };
        tel(&card(&listing))
    }

    #[test]
    fn tel_uris_are_global_or_carry_their_context() {
        assert_eq!(
            tel_of("(410) 555-0100", Some("US")).as_deref(),
            Some("tel:+1-410-555-0100")
        );
        assert_eq!(
            tel_of("1-410-555-0100", None).as_deref(),
            Some("tel:+1-410-555-0100")
        );
        assert_eq!(
            tel_of("410.555.0100 ext. 12", None).as_deref(),
            Some("tel:+1-410-555-0100;ext=12")
        );
        assert_eq!(
            tel_of("410-555-0100 x7", None).as_deref(),
            Some("tel:+1-410-555-0100;ext=7")
        );
        assert_eq!(
            tel_of("+52 55 1234 5678", Some("MX")).as_deref(),
            Some("tel:+525512345678")
        );
        assert_eq!(
            tel_of("311", Some("US")).as_deref(),
            Some("tel:311;phone-context=+1")
        );
        assert_eq!(tel_of("555-0100", Some("US")), None);
        assert_eq!(tel_of("1-800-FLOWERS", Some("US")), None);
        assert_eq!(tel_of("55 1234 5678", Some("MX")), None);
    }

    #[test]
    fn geo_uris_need_both_coordinates() {
        let listing = ListingDetails {
            latitude: Some(39.2904),
            longitude: Some(-76.612_200),
            ..Default::default()
        };
        assert_eq!(
            geo(&card(&listing)).as_deref(),
            Some("geo:39.2904,-76.6122")
        );
        assert_eq!(geo(&card(&ListingDetails::default())), None);
        // An address with its ZIP is an area, not a point to send.
        let approximate = ListingDetails {
            address: Some("1 Fixture Way".into()),
            postal_code: Some("21202".into()),
            city: Some("Baltimore".into()),
            region: Some("MD".into()),
            ..Default::default()
        };
        assert!(crate::geo::place_listing(&approximate).is_some());
        assert_eq!(geo(&card(&approximate)), None);
    }
}

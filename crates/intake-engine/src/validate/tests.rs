use std::collections::BTreeMap;

use super::*;
use crate::headers::map_headers;

fn map(headers: &[&str]) -> HeaderMap {
    let headers: Vec<String> = headers.iter().map(|s| s.to_string()).collect();
    map_headers(&headers, &BTreeMap::new()).unwrap()
}

fn row(values: &[&str]) -> Vec<String> {
    values.iter().map(|s| s.to_string()).collect()
}

fn error_of(m: &HeaderMap, values: &[&str]) -> Option<(String, String, Option<String>)> {
    check_row(&row(values), m)
        .error
        .map(|e| (e.code.to_string(), e.message, e.field))
}

fn invalid(
    code: &str,
    message: &str,
    field: Option<&str>,
) -> Option<(String, String, Option<String>)> {
    Some((
        code.to_string(),
        message.to_string(),
        field.map(str::to_string),
    ))
}

#[test]
fn valid_row_is_trimmed_and_keyed() {
    let m = map(&[
        "Plaintiff Name",
        "E-mail",
        "Phone Number",
        "Address",
        "Firm Name",
        "External ID",
    ]);
    let r = build_row(
        3,
        row(&[
            "  OLGA CHEN ",
            "OLGA.CHEN0@EXAMPLE.COM",
            "(212) 555-1000",
            "100 Main St, New York, NY 10001",
            "",
            "SIM-5000",
        ]),
        &m,
        "simplicity",
    );
    assert_eq!(r.row_index, 3);
    assert_eq!(r.kind, RowKind::Candidate);
    assert_eq!(
        r.fields,
        CanonicalFields {
            plaintiff_name: Some("OLGA CHEN".into()),
            firm_name: None,
            short_name: None,
            contact_name: None,
            contact_email: Some("OLGA.CHEN0@EXAMPLE.COM".into()),
            contact_phone: Some("(212) 555-1000".into()),
            contact_address: Some("100 Main St, New York, NY 10001".into()),
            source_reference: Some("SIM-5000".into()),
        }
    );
    assert_eq!(
        r.dedupe_key.as_deref(),
        Some(
            crate::dedupe_key::dedupe_key(
                "simplicity",
                "olga chen",
                Some("olga.chen0@example.com")
            )
            .as_str()
        )
    );
    assert_eq!(
        r.raw_payload,
        r#"{"Plaintiff Name":"  OLGA CHEN ","E-mail":"OLGA.CHEN0@EXAMPLE.COM","Phone Number":"(212) 555-1000","Address":"100 Main St, New York, NY 10001","Firm Name":"","External ID":"SIM-5000"}"#
    );
    let parsed: serde_json::Value = serde_json::from_str(&r.raw_payload).unwrap();
    assert_eq!(parsed["Plaintiff Name"], "  OLGA CHEN ");
}

#[test]
fn reference_dedupe_key_of_the_spec() {
    let m = map(&["Name", "Email"]);
    let r = build_row(0, row(&["John Doe", "john@example.com"]), &m, "simplicity");
    assert_eq!(
        r.dedupe_key.as_deref(),
        Some("82101304f0a20ec866a67e89203fc90af02bfb3c639a1d320fcd181508383385")
    );
}

#[test]
fn missing_and_blank_names() {
    let m = map(&["Name", "Email"]);
    for values in [["", "a@example.com"], ["   ", ""], ["\u{a0}\t", ""]] {
        let r = build_row(1, row(&values), &m, "s");
        assert_eq!(
            r.kind,
            RowKind::Invalid {
                code: "MISSING_NAME".into(),
                message: "plaintiff_name is empty".into(),
                field: Some("plaintiff_name".into()),
            }
        );
        assert_eq!(r.dedupe_key, None);
        assert_eq!(r.fields.plaintiff_name, None);
    }
}

#[test]
fn name_without_letters_or_digits() {
    let m = map(&["Name"]);
    assert_eq!(
        error_of(&m, &["-- ..."]),
        invalid(
            "INVALID_NAME",
            "plaintiff_name has no letters or digits",
            Some("plaintiff_name")
        )
    );
    assert_eq!(error_of(&m, &["Ø"]), None);
    assert_eq!(error_of(&m, &["李"]), None);
}

#[test]
fn field_count_must_match_the_header() {
    let m = map(&["Name", "Email", "Phone"]);
    assert_eq!(
        error_of(&m, &["A"]),
        invalid(
            "INVALID_FIELD_COUNT",
            "Row has 1 fields but the header has 3",
            None
        )
    );
    assert_eq!(
        error_of(&m, &["A", "a@example.com", "1", "extra"]),
        invalid(
            "INVALID_FIELD_COUNT",
            "Row has 4 fields but the header has 3",
            None
        )
    );
    let checked = check_row(&row(&["A", "a@example.com", "1", "extra"]), &m);
    assert_eq!(
        checked.raw_payload,
        r#"{"Name":"A","Email":"a@example.com","Phone":"1","_extra_1":"extra"}"#
    );
    assert_eq!(checked.fields.plaintiff_name.as_deref(), Some("A"));
    let checked = check_row(&row(&["A"]), &m);
    assert_eq!(checked.raw_payload, r#"{"Name":"A"}"#);
}

#[test]
fn email_plausibility() {
    let m = map(&["Name", "Email"]);
    for good in [
        "a@example.com",
        "A.B+tag@sub.example.co.uk",
        "  x@y.io  ",
        "",
    ] {
        assert_eq!(error_of(&m, &["N", good]), None, "{good}");
    }
    for bad in [
        "john",
        "john@",
        "@example.com",
        "a@b@example.com",
        "a b@example.com",
        "a@example",
        "a@.com",
        "a@example.",
    ] {
        assert_eq!(
            error_of(&m, &["N", bad]),
            invalid(
                "INVALID_EMAIL",
                "contact_email is not a valid email address",
                Some("contact_email")
            ),
            "{bad}"
        );
    }
}

#[test]
fn too_long_fields_and_control_characters() {
    let m = map(&["Name", "Notes"]);
    let long = "x".repeat(1001);
    assert_eq!(
        error_of(&m, &["N", &long]),
        invalid(
            "FIELD_TOO_LONG",
            "Column 'Notes' is longer than 1000 characters",
            None
        )
    );
    assert_eq!(
        error_of(&m, &[&long, ""]),
        invalid(
            "FIELD_TOO_LONG",
            "plaintiff_name is longer than 1000 characters",
            Some("plaintiff_name")
        )
    );
    // 1000 multi-byte characters are fine.
    assert_eq!(error_of(&m, &["N", &"é".repeat(1000)]), None);
    assert_eq!(
        error_of(&m, &["Jo\0hn", ""]),
        invalid(
            "INVALID_CHARACTER",
            "plaintiff_name contains a control character",
            Some("plaintiff_name")
        )
    );
    assert_eq!(
        error_of(&m, &["N", "bell\u{7}"]),
        invalid(
            "INVALID_CHARACTER",
            "Column 'Notes' contains a control character",
            None
        )
    );
    assert_eq!(error_of(&m, &["N", "line 1\r\nline 2\tend"]), None);
}

#[test]
fn formulas_and_sql_are_stored_literally() {
    let m = map(&["Name", "Notes"]);
    for value in [
        "=cmd|' /C calc'!A0",
        "+1",
        "@SUM(A1:A2)",
        "Robert'); DROP TABLE plaintiffs;--",
    ] {
        let checked = check_row(&row(&[value, value]), &m);
        assert_eq!(checked.error, None, "{value}");
        assert_eq!(checked.fields.plaintiff_name.as_deref(), Some(value));
        let payload: serde_json::Value = serde_json::from_str(&checked.raw_payload).unwrap();
        assert_eq!(payload["Notes"], value);
    }
}

#[test]
fn pii_columns_are_masked_in_the_payload() {
    let m = map(&["Name", "SSN", "Card Number", "Notes"]);
    let checked = check_row(
        &row(&["Ann", "123-45-6789", "4111 1111 1111 1234", "\"quoted\""]),
        &m,
    );
    assert_eq!(
        checked.raw_payload,
        r#"{"Name":"Ann","SSN":"***-**-6789","Card Number":"**** **** **** 1234","Notes":"\"quoted\""}"#
    );
    // A PII column mapped to a canonical field by override is masked there too.
    let mut overrides = BTreeMap::new();
    overrides.insert("SSN".to_string(), "source_reference".to_string());
    let m = map_headers(&row(&["Name", "SSN"]), &overrides).unwrap();
    let checked = check_row(&row(&["Ann", "123-45-6789"]), &m);
    assert_eq!(
        checked.fields.source_reference.as_deref(),
        Some("***-**-6789")
    );
}

#[test]
fn pii_in_content_is_masked_everywhere_before_keying() {
    let m = map(&[
        "Name",
        "Email",
        "Phone",
        "Address",
        "Zip",
        "Notes",
        "Ref 123-45-6789",
    ]);
    let r = build_row(
        0,
        row(&[
            " Ann 536-22-8147 ",
            "ann-536-22-8147@example.com",
            "(212) 555-1000",
            "1 Main St, card 4111 1111 1111 1111",
            "10001-2345",
            "EIN 12-3456789, tax id 987654321, case 123456780, 2024-03-15, $1,234.56",
            "4111111111111111",
        ]),
        &m,
        "acme",
    );
    assert_eq!(r.kind, RowKind::Candidate);
    assert_eq!(r.fields.plaintiff_name.as_deref(), Some("Ann ***-**-8147"));
    assert_eq!(
        r.fields.contact_email.as_deref(),
        Some("ann-***-**-8147@example.com")
    );
    assert_eq!(r.fields.contact_phone.as_deref(), Some("(212) 555-1000"));
    assert_eq!(
        r.fields.contact_address.as_deref(),
        Some("1 Main St, card **** **** **** 1111, 10001-2345")
    );
    assert_eq!(
        r.raw_payload,
        r#"{"Name":" Ann ***-**-8147 ","Email":"ann-***-**-8147@example.com","Phone":"(212) 555-1000","Address":"1 Main St, card **** **** **** 1111","Zip":"10001-2345","Notes":"EIN **-***6789, tax id *****4321, case *****6780, 2024-03-15, $1,234.56","Ref ***-**-6789":"************1111"}"#
    );
    // Fields beyond the header too.
    let extra = check_row(&row(&["A", "", "", "", "", "", "", "ssn 111223333"]), &m);
    assert!(
        extra
            .raw_payload
            .ends_with(r#""_extra_1":"ssn *****3333"}"#),
        "{}",
        extra.raw_payload
    );
    // (The case number near "tax id" is masked too: a known false positive.)
    // The key is the key of the masked values, as stored.
    assert_eq!(
        r.dedupe_key.as_deref(),
        Some(
            crate::dedupe_key::dedupe_key(
                "acme",
                "Ann ***-**-8147",
                Some("ann-***-**-8147@example.com")
            )
            .as_str()
        )
    );
    // The header is masked in the mapping shown and in messages.
    assert_eq!(m.columns[6].header, "Ref ***-**-6789");
    let long = "x".repeat(1001);
    assert_eq!(
        error_of(&m, &["A", "", "", "", "", "", &long]),
        invalid(
            "FIELD_TOO_LONG",
            "Column 'Ref ***-**-6789' is longer than 1000 characters",
            None
        )
    );
}

#[test]
fn address_parts_are_joined() {
    let m = map(&["Name", "Address", "Address 2", "City", "State", "Zip"]);
    let f = |values: &[&str]| check_row(&row(values), &m).fields.contact_address;
    assert_eq!(
        f(&["A", "1 Main St", "Apt 2", "New York", "NY", "10001"]).as_deref(),
        Some("1 Main St, Apt 2, New York, NY 10001")
    );
    assert_eq!(
        f(&["A", " 1 Main St ", "", "New York", "", "10001"]).as_deref(),
        Some("1 Main St, New York, 10001")
    );
    assert_eq!(f(&["A", "", "", "", "NY", ""]).as_deref(), Some("NY"));
    assert_eq!(f(&["A", "", "", "", "", ""]), None);
    // City/state/zip without a street column still make an address.
    let m = map(&["Name", "City", "State"]);
    let checked = check_row(&row(&["A", "Austin", "TX"]), &m);
    assert_eq!(
        checked.fields.contact_address.as_deref(),
        Some("Austin, TX")
    );
}

use super::*;

fn h(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

fn canonicals(map: &HeaderMap) -> Vec<Option<&str>> {
    map.columns.iter().map(|c| c.canonical.as_deref()).collect()
}

#[test]
fn runbook_headers_map() {
    let map = map_headers(
        &h(&[
            "PlaintiffName",
            "Email",
            "Phone",
            "Address",
            "FirmName",
            "ExternalID",
        ]),
        &BTreeMap::new(),
    )
    .unwrap();
    assert_eq!(
        canonicals(&map),
        vec![
            Some("plaintiff_name"),
            Some("contact_email"),
            Some("contact_phone"),
            Some("contact_address"),
            Some("firm_name"),
            Some("source_reference")
        ]
    );
    assert_eq!(map.field_column(PLAINTIFF_NAME), Some(0));
    assert_eq!(map.field_column(CONTACT_EMAIL), Some(1));
    assert!(map.columns.iter().all(|c| !c.pii));
}

#[test]
fn spaced_cased_and_dashed_variants_map() {
    let map = map_headers(
        &h(&[
            "Plaintiff Name",
            "E-mail",
            "Phone Number",
            "Address 1",
            "Firm Name",
            "External ID",
        ]),
        &BTreeMap::new(),
    )
    .unwrap();
    assert_eq!(
        canonicals(&map),
        vec![
            Some("plaintiff_name"),
            Some("contact_email"),
            Some("contact_phone"),
            Some("contact_address"),
            Some("firm_name"),
            Some("source_reference")
        ]
    );
    for (headers, field) in [
        (h(&["plaintiff_name"]), "plaintiff_name"),
        (h(&["NAME"]), "plaintiff_name"),
        (h(&[" Plaintiff "]), "plaintiff_name"),
        (h(&["Full Name"]), "plaintiff_name"),
        (h(&["Client_Name"]), "plaintiff_name"),
    ] {
        let map = map_headers(&headers, &BTreeMap::new()).unwrap();
        assert_eq!(
            map.columns[0].canonical.as_deref(),
            Some(field),
            "{headers:?}"
        );
    }
    let map = map_headers(
        &h(&[
            "name",
            "e_mail",
            "ContactEmail",
            "Law Firm",
            "Nickname",
            "Contact Name",
            "Telephone",
            "address_line1",
        ]),
        &BTreeMap::new(),
    )
    .unwrap();
    assert_eq!(
        canonicals(&map),
        vec![
            Some("plaintiff_name"),
            Some("contact_email"),
            None, // a second email column: payload only
            Some("firm_name"),
            Some("short_name"),
            Some("contact_name"),
            Some("contact_phone"),
            Some("contact_address"),
        ]
    );
}

#[test]
fn first_column_claiming_a_field_wins() {
    let map = map_headers(&h(&["Name", "Plaintiff Name", "Notes"]), &BTreeMap::new()).unwrap();
    assert_eq!(canonicals(&map), vec![Some("plaintiff_name"), None, None]);
    assert_eq!(map.field_column(PLAINTIFF_NAME), Some(0));
}

#[test]
fn address_parts_are_recognized() {
    let map = map_headers(
        &h(&[
            "Name",
            "Address",
            "Address 2",
            "City",
            "State",
            "Zip Code",
            "Country",
        ]),
        &BTreeMap::new(),
    )
    .unwrap();
    assert_eq!(map.field_column(CONTACT_ADDRESS), Some(1));
    assert_eq!(
        map.address_part_columns(),
        [Some(2), Some(3), Some(4), Some(5)]
    );
    assert_eq!(
        canonicals(&map),
        vec![
            Some("plaintiff_name"),
            Some("contact_address"),
            Some("contact_address"),
            Some("contact_address"),
            Some("contact_address"),
            Some("contact_address"),
            None
        ]
    );
}

#[test]
fn overrides_take_precedence() {
    let mut overrides = BTreeMap::new();
    overrides.insert("Client".to_string(), "plaintiff_name".to_string());
    overrides.insert("Name".to_string(), "contact_name".to_string());
    overrides.insert("email".to_string(), "".to_string());
    overrides.insert("Not In This File".to_string(), "firm_name".to_string());
    let map = map_headers(&h(&["Name", "Email", "Client"]), &overrides).unwrap();
    assert_eq!(
        canonicals(&map),
        vec![Some("contact_name"), None, Some("plaintiff_name")]
    );
    assert_eq!(map.field_column(PLAINTIFF_NAME), Some(2));
    assert_eq!(map.field_column(CONTACT_EMAIL), None);
}

#[test]
fn override_to_unknown_field_is_invalid_argument() {
    let mut overrides = BTreeMap::new();
    overrides.insert("Name".to_string(), "plaintiff_nickname".to_string());
    let err = map_headers(&h(&["Name"]), &overrides).unwrap_err();
    assert_eq!(err.code(), "INVALID_ARGUMENT");
    assert!(err.to_string().contains("'plaintiff_nickname'"), "{err}");
}

#[test]
fn missing_name_column() {
    let err = map_headers(&h(&["Email", "Phone"]), &BTreeMap::new()).unwrap_err();
    match &err {
        EngineError::MissingColumns { missing, found } => {
            assert_eq!(missing, &vec!["plaintiff_name".to_string()]);
            assert_eq!(found, &h(&["Email", "Phone"]));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(
        err.to_string(),
        "Missing required columns: {'plaintiff_name'}. Headers found: Email, Phone"
    );
    // Ignoring the only name column through an override also fails.
    let mut overrides = BTreeMap::new();
    overrides.insert("Name".to_string(), String::new());
    let err = map_headers(&h(&["Name"]), &overrides).unwrap_err();
    assert_eq!(err.code(), "MISSING_COLUMNS");
}

#[test]
fn pii_columns_are_flagged() {
    let map = map_headers(
        &h(&["Name", "SSN", "Tax ID", "Card Number"]),
        &BTreeMap::new(),
    )
    .unwrap();
    let pii: Vec<bool> = map.columns.iter().map(|c| c.pii).collect();
    assert_eq!(pii, vec![false, true, true, true]);
}

#[test]
fn a_hundred_thousand_repeated_headers_map_in_linear_work() {
    let mut headers = h(&["Name", "Col (3)"]);
    headers.extend(std::iter::repeat_n("Col".to_string(), 99_998));
    let map = map_headers(&headers, &BTreeMap::new()).unwrap();
    assert_eq!(map.len(), 100_000);
    // "Col (3)" is taken by a real header: the repeats skip it.
    assert_eq!(map.payload_key(2), r#""Col":"#);
    assert_eq!(map.payload_key(3), r#""Col (2)":"#);
    assert_eq!(map.payload_key(4), r#""Col (4)":"#);
    assert_eq!(map.payload_key(99_999), r#""Col (99999)":"#);

    // The work, counted rather than timed: each of the 99,997 repeats
    // tries one suffixed key, plus one try for the taken "Col (3)".
    // Restarting the search at "(2)" for every repeat (quadratic) would
    // try about five billion.
    let mut candidates = 0;
    let keys = payload_keys_counting(&headers, &mut candidates);
    assert_eq!(keys.len(), 100_000);
    assert_eq!(candidates, 99_998);
}

#[test]
fn payload_keys_are_unique_and_never_empty() {
    let map = map_headers(
        &h(&["Name", "Email", "Email", "", "Email"]),
        &BTreeMap::new(),
    )
    .unwrap();
    let keys: Vec<&str> = (0..5).map(|i| map.payload_key(i)).collect();
    assert_eq!(
        keys,
        vec![
            r#""Name":"#,
            r#""Email":"#,
            r#""Email (2)":"#,
            r#""_column_4":"#,
            r#""Email (3)":"#
        ]
    );
}

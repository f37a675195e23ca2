//! Cross-vendor matches (issue 11): a row whose normalized email, or
//! normalized name plus phone digits, equals a live plaintiff of another
//! source is flagged (preview, report, `v_cross_source_matches`) and still
//! imported; same-source rows and rolled-back plaintiffs never match.

use intake_engine::matches::*;
use intake_engine::model::*;
use intake_engine::BackendKind;

use crate::common::{request, temp_file, TestDb};

const VENDOR_A: &str = "PlaintiffName,Email,Phone\n\
Ada Lovelace,ada@example.com,(212) 555-1000\n\
Grace Hopper,grace@example.com,212.555.2000\n\
Alan Turing,,\n";

// Line 2: Ada by email (case and spaces differ). Line 3: Grace by name and
// phone (another email, other punctuation). Line 4: nobody. Line 5: Ada's
// email again (a skipped in-file duplicate of line 2, still flagged).
const VENDOR_B: &str = "PlaintiffName,Email,Phone\n\
ADA  LOVELACE, Ada@Example.COM ,\n\
grace   hopper,g.hopper@elsewhere.com,(212) 555-2000\n\
Linus Torvalds,linus@example.com,212 555 3000\n\
Ada Lovelace,ada@example.com,\n";

/// A flagged row: line, its name, the matched plaintiff's name and source, the rule.
type Flagged = (Option<i64>, Option<String>, String, String, MatchRule);

async fn rows_of_another_source_are_flagged_and_still_imported(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let store = db.store.as_ref();
    let (_a_dir, a_path) = temp_file("vendor_a.csv", VENDOR_A.as_bytes());
    let a = db.import(&request(&a_path, "Vendor-A")).await;
    assert_eq!((a.status, a.inserted), (ImportStatus::Completed, 3));
    // Nothing to match against yet (only one source), nor in a re-look at
    // the same source.
    assert_eq!(a.cross_source_match_count, 0);
    assert!(a.cross_source_matches.is_empty());

    let (_b_dir, b_path) = temp_file("vendor_b.csv", VENDOR_B.as_bytes());
    let mut dry = request(&b_path, "vendor-b");
    dry.dry_run = true;
    let preview = db.import(&dry).await;
    let a_run = a.run_id.unwrap();
    let summary = |r: &ImportReport| -> Vec<Flagged> {
        r.cross_source_matches
            .iter()
            .map(|m| {
                assert_eq!(m.matched.import_run_id, Some(a_run));
                (
                    m.line,
                    m.name.clone(),
                    m.matched.plaintiff_name.clone(),
                    m.matched.source_system.clone(),
                    m.rule_pair(),
                )
            })
            .collect()
    };
    let expected = vec![
        (
            Some(2),
            Some("ADA  LOVELACE".to_string()),
            "Ada Lovelace".to_string(),
            "vendor-a".to_string(),
            MatchRule::Email,
        ),
        (
            Some(3),
            Some("grace   hopper".to_string()),
            "Grace Hopper".to_string(),
            "vendor-a".to_string(),
            MatchRule::NamePhone,
        ),
        (
            Some(5),
            Some("Ada Lovelace".to_string()),
            "Ada Lovelace".to_string(),
            "vendor-a".to_string(),
            MatchRule::Email,
        ),
    ];
    assert_eq!(preview.status, ImportStatus::DryRun);
    assert_eq!(summary(&preview), expected);
    assert_eq!(preview.cross_source_match_count, 3);

    // The import flags the same rows and still imports them.
    let b = db.import(&request(&b_path, "vendor-b")).await;
    assert_eq!(
        (b.status, b.inserted, b.skipped, b.errored),
        (ImportStatus::Completed, 3, 1, 0)
    );
    assert_eq!(summary(&b), expected);
    assert_eq!(b.cross_source_match_count, 3);
    // A cap keeps the count.
    let capped = store
        .run_cross_source_matches(b.run_id.unwrap(), 1)
        .await
        .unwrap();
    assert_eq!((capped.total, capped.rows.len()), (3, 1));

    // The view: each live pair once, the later plaintiff first.
    let pairs = store
        .list_cross_source_matches(&MatchFilter::default())
        .await
        .unwrap();
    let got: Vec<_> = pairs
        .iter()
        .map(|p| {
            (
                p.plaintiff_name.as_str(),
                p.source_system.as_str(),
                p.line,
                p.matched_plaintiff_name.as_str(),
                p.matched_source_system.as_str(),
                p.matched_line,
                p.match_rule,
                p.import_run_id,
                p.matched_import_run_id,
            )
        })
        .collect();
    let b_run = b.run_id;
    let mut got_sorted = got.clone();
    got_sorted.sort_by_key(|g| g.2);
    assert_eq!(
        got_sorted,
        vec![
            (
                "ADA  LOVELACE",
                "vendor-b",
                Some(2),
                "Ada Lovelace",
                "vendor-a",
                Some(2),
                MatchRule::Email,
                b_run,
                Some(a_run)
            ),
            (
                "grace   hopper",
                "vendor-b",
                Some(3),
                "Grace Hopper",
                "vendor-a",
                Some(3),
                MatchRule::NamePhone,
                b_run,
                Some(a_run)
            ),
        ]
    );
    let by_source = store
        .list_cross_source_matches(&MatchFilter {
            source: Some(" Vendor-A ".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(by_source.len(), 2);
    let none = store
        .list_cross_source_matches(&MatchFilter {
            source: Some("nobody".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(none.is_empty());
    let csv = matches_csv(&pairs);
    assert_eq!(csv.lines().count(), 3);
    assert!(csv.starts_with("plaintiff_name,source,run_id,line,matched_plaintiff_name,"));

    // Rolling back vendor A takes its plaintiffs out: no pair is left, and a
    // new look at B's file finds nothing.
    store
        .rollback(a_run, "sent by mistake", Some("tester"))
        .await
        .unwrap();
    assert!(store
        .list_cross_source_matches(&MatchFilter::default())
        .await
        .unwrap()
        .is_empty());
    let again = db.import(&dry).await;
    assert_eq!(again.cross_source_match_count, 0);
}

trait RulePair {
    fn rule_pair(&self) -> MatchRule;
}

impl RulePair for RowMatch {
    fn rule_pair(&self) -> MatchRule {
        self.matched.rule
    }
}

/// (line, matched source, rule) of a report's flagged rows.
fn flagged(report: &ImportReport) -> Vec<(Option<i64>, String, MatchRule)> {
    report
        .cross_source_matches
        .iter()
        .map(|m| (m.line, m.matched.source_system.clone(), m.matched.rule))
        .collect()
}

/// A vendor re-sending its list: the report finds the re-sent (skipped)
/// rows and the new ones alike, whether the run is larger than the other
/// sources (walked from their side) or smaller (walked from its own).
async fn a_resent_list_is_matched_from_either_side(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_d, a_path) = temp_file("a.csv", VENDOR_A.as_bytes());
    db.import(&request(&a_path, "vendor-a")).await;
    let first = "PlaintiffName,Email,Phone\n\
        Ada Lovelace,ADA@example.com,\n\
        Nobody One,n1@example.com,\n\
        Nobody Two,n2@example.com,\n\
        Nobody Three,n3@example.com,\n";
    let (_e, c1_path) = temp_file("c1.csv", first.as_bytes());
    let c1 = db.import(&request(&c1_path, "vendor-c")).await;
    assert_eq!(
        flagged(&c1),
        vec![(Some(2), "vendor-a".to_string(), MatchRule::Email)]
    );
    let resent = format!("{first}Grace Hopper,other@example.com,2125552000\n");
    let (_f, c2_path) = temp_file("c2.csv", resent.as_bytes());
    let c2 = db.import(&request(&c2_path, "vendor-c")).await;
    assert_eq!((c2.inserted, c2.skipped), (1, 4));
    assert_eq!(
        flagged(&c2),
        vec![
            (Some(2), "vendor-a".to_string(), MatchRule::Email),
            (Some(6), "vendor-a".to_string(), MatchRule::NamePhone),
        ]
    );
    assert_eq!(c2.cross_source_match_count, 2);
    let short =
        "PlaintiffName,Email,Phone\nAda Lovelace,ADA@example.com,\nNobody Two,n2@example.com,\n";
    let (_g, c3_path) = temp_file("c3.csv", short.as_bytes());
    let c3 = db.import(&request(&c3_path, "vendor-c")).await;
    assert_eq!((c3.inserted, c3.skipped), (0, 2));
    assert_eq!(
        flagged(&c3),
        vec![(Some(2), "vendor-a".to_string(), MatchRule::Email)]
    );
}

/// The live pairs as (plaintiff's source, matched source, rule).
async fn pairs(store: &dyn intake_engine::Storage) -> Vec<(String, String, MatchRule)> {
    store
        .list_cross_source_matches(&MatchFilter::default())
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.source_system, m.matched_source_system, m.match_rule))
        .collect()
}

/// A vendor update that gives a plaintiff another vendor's phone makes the
/// pair a match (report of the next import, view); rolling the update back
/// puts the old phone back and the pair goes; a plaintiff deleted by hand
/// (a DBA) is never reported.
async fn an_applied_phone_update_is_matched_until_rolled_back(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let store = db.store.as_ref();
    let header = "PlaintiffName,Email,Phone\n";
    let (_a, a_path) = temp_file(
        "a.csv",
        format!("{header}Ada Lovelace,ada@example.com,(212) 555-1000\n").as_bytes(),
    );
    db.import(&request(&a_path, "vendor-a")).await;
    let b_file = format!("{header}ada lovelace,ada.l@elsewhere.com,212 555 9999\n");
    let (_b, b_path) = temp_file("b.csv", b_file.as_bytes());
    let b = db.import(&request(&b_path, "vendor-b")).await;
    assert_eq!((b.inserted, b.cross_source_match_count), (1, 0));
    assert!(pairs(store).await.is_empty());

    let (_u, u_path) = temp_file(
        "a-update.csv",
        format!("{header}Ada Lovelace,ada@example.com,212-555-9999\n").as_bytes(),
    );
    let update = db
        .import(&ImportRequest {
            apply_updates: true,
            ..request(&u_path, "vendor-a")
        })
        .await;
    assert_eq!((update.skipped, update.updated), (1, 1));
    // The update run's own row is A's Ada, now with B's phone.
    assert_eq!(
        flagged(&update),
        vec![(Some(2), "vendor-b".to_string(), MatchRule::NamePhone)]
    );
    assert_eq!(
        pairs(store).await,
        vec![(
            "vendor-b".to_string(),
            "vendor-a".to_string(),
            MatchRule::NamePhone
        )]
    );
    let (_c, c_path) = temp_file(
        "b-again.csv",
        format!("{b_file}Nobody,n@x.com,1\n").as_bytes(),
    );
    let mut look = request(&c_path, "vendor-b");
    look.dry_run = true;
    assert_eq!(
        flagged(&db.import(&look).await),
        vec![(Some(2), "vendor-a".to_string(), MatchRule::NamePhone)]
    );

    store
        .rollback(update.run_id.unwrap(), "wrong phone", Some("tester"))
        .await
        .unwrap();
    assert!(pairs(store).await.is_empty());
    assert!(db.import(&look).await.cross_source_matches.is_empty());

    // Ada of vendor A matches Ada of vendor B by email now; then the DBA
    // deletes B's plaintiff row by hand: no pair, nothing flagged.
    let (_d, d_path) = temp_file(
        "a2.csv",
        format!("{header}Ada Lovelace,ada.l@elsewhere.com,\n").as_bytes(),
    );
    let a2 = db.import(&request(&d_path, "vendor-a")).await;
    assert_eq!(
        flagged(&a2),
        vec![(Some(2), "vendor-b".to_string(), MatchRule::Email)]
    );
    db.execute(&format!(
        "DELETE FROM {} WHERE source_system = 'vendor-b'",
        db.table("plaintiffs")
    ))
    .await;
    assert!(pairs(store).await.is_empty());
    let (_e, e_path) = temp_file(
        "a3.csv",
        format!("{header}Ada Lovelace,ada.l@elsewhere.com,\nZed,z@x.com,\n").as_bytes(),
    );
    let mut look_a2 = request(&e_path, "vendor-a");
    look_a2.dry_run = true;
    assert!(db.import(&look_a2).await.cross_source_matches.is_empty());
}

conformance!(
    rows_of_another_source_are_flagged_and_still_imported,
    a_resent_list_is_matched_from_either_side,
    an_applied_phone_update_is_matched_until_rolled_back
);

//! The import screen's mapping editor, sheet picker and source picker: a
//! first look at a file, the known sources, a typed source matched.

use std::path::PathBuf;

use intake_engine::ops;
use intake_engine::peek::FilePeek;
use intake_engine::sources::{SourceInfo, SourceMatch};
use tauri::State;

use super::off_main;
use crate::ipc::IpcResult;
use crate::state::AppState;

/// The file's header row, its first records (PII masked) and its sheets.
#[tauri::command]
pub async fn peek_file(
    path: PathBuf,
    encoding: Option<String>,
    header_row: Option<u64>,
    sheet: Option<String>,
) -> IpcResult<FilePeek> {
    off_main(async move { ops::peek(&path, encoding.as_deref(), header_row, sheet.as_deref()) })
        .await
}

#[tauri::command]
pub async fn list_sources(state: State<'_, AppState>) -> IpcResult<Vec<SourceInfo>> {
    Ok(ops::list_sources(&*state.store().await?).await?)
}

#[tauri::command]
pub async fn match_source(state: State<'_, AppState>, typed: String) -> IpcResult<SourceMatch> {
    Ok(ops::match_source(&*state.store().await?, &typed).await?)
}

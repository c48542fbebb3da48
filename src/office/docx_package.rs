//! Finishing a Word package after docx-rs: what it cannot write is added
//! here, and what it writes plainly is compressed. Header rows are marked
//! to repeat on every page, the text gets its language (for Word's spelling
//! and hyphenation), and the core properties are ours (title, author,
//! language, dates).

use super::OfficeError;
use crate::model::{Date, Lang};

/// A table's header row is marked by this height (a twentieth of a point,
/// at least, which no row of ours has), which [`finish_package`] turns
/// into Word's "repeat as header row" (docx-rs writes no `w:tblHeader`).
pub(super) const HEADER_ROW_MARK: f32 = 1.0;
const HEADER_ROW_MARK_XML: &str = "<w:trHeight w:val=\"1\" w:hRule=\"atLeast\" />";
const HEADER_ROW_XML: &str = "<w:tblHeader />";

/// The end of the document's default run properties, where its language goes.
const DEFAULT_RUN_END: &str = "</w:rPr></w:rPrDefault>";

/// What the package's properties say of the document; its language is
/// also the text's.
pub(crate) struct About {
    pub title: String,
    pub author: String,
    pub lang: Lang,
    /// The day it is written, if known.
    pub written: Option<Date>,
}

/// The package's core properties: title, author, language, dates
/// (docx-rs writes "unknown" and 1970 and has no setting for them).
pub(super) fn core_properties(about: &About) -> String {
    use quick_xml::escape::escape;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">",
    );
    xml.push_str(&format!("<dc:title>{}</dc:title>", escape(about.title.as_str())));
    if !about.author.trim().is_empty() {
        let author = escape(about.author.trim());
        xml.push_str(&format!("<dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>"));
    }
    xml.push_str(&format!("<dc:language>{}</dc:language>", language_tag(about.lang)));
    if let Some(day) = about.written {
        for element in ["dcterms:created", "dcterms:modified"] {
            xml.push_str(&format!("<{element} xsi:type=\"dcterms:W3CDTF\">{day}T00:00:00Z</{element}>"));
        }
    }
    xml.push_str("<cp:revision>1</cp:revision></cp:coreProperties>");
    xml
}

/// The language as Word tags it: British English, as the app writes it, or German.
fn language_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::English => "en-GB",
        Lang::German => "de-DE",
    }
}

/// The package with its parts compressed (docx-rs stores them as they are,
/// which made a guide of 131 KB that is 18 KB compressed), the header rows
/// marked to repeat on every page, the text's language set (for Word's
/// spelling and hyphenation) and our own core `properties`.
pub(super) fn finish_package(stored: &[u8], properties: &str, lang: Lang) -> Result<Vec<u8>, OfficeError> {
    let lang = language_tag(lang);
    use std::io::{Read, Write};
    let err = |e: &dyn std::fmt::Display| OfficeError(e.to_string());
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(stored)).map_err(|e| err(&e))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).map_err(|e| err(&e))?;
        if part.is_dir() {
            continue;
        }
        let mut bytes = Vec::with_capacity(part.size() as usize);
        part.read_to_end(&mut bytes).map_err(|e| err(&e))?;
        match part.name() {
            "word/document.xml" => {
                let xml = String::from_utf8(bytes).map_err(|e| err(&e))?;
                bytes = xml.replace(HEADER_ROW_MARK_XML, HEADER_ROW_XML).into_bytes();
            }
            "word/styles.xml" => {
                let xml = String::from_utf8(bytes).map_err(|e| err(&e))?;
                let with_lang = format!("<w:lang w:val=\"{lang}\" />{DEFAULT_RUN_END}");
                bytes = xml.replacen(DEFAULT_RUN_END, &with_lang, 1).into_bytes();
            }
            "docProps/core.xml" => bytes = properties.as_bytes().to_vec(),
            _ => {}
        }
        out.start_file(part.name(), options).map_err(|e| err(&e))?;
        out.write_all(&bytes).map_err(|e| err(&e))?;
    }
    Ok(out.finish().map_err(|e| err(&e))?.into_inner())
}

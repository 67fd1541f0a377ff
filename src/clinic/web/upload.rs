//! Reading a form that carries files (`multipart/form-data`) into its fields, for the
//! pages that take an upload: a new matter from a saved answers file, and an import.

use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request};

/// One field of the form, as sent.
pub struct Field {
    /// The field's name in the form.
    pub name: String,
    /// The file's name, for a file; empty otherwise.
    pub file_name: String,
    pub bytes: Bytes,
}

impl Field {
    /// The field as text (bytes that are not UTF-8 become U+FFFD).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// Why the form could not be read.
pub enum Unread {
    /// Not a form with files at all: sent from an old page, or by hand.
    NotAForm,
    /// A field was cut off: the upload is larger than the page allows, or broke off.
    TooLarge,
}

/// Every field, in the order sent. The route's limit on a request's size bounds what
/// is held.
pub async fn fields(req: Request) -> Result<Vec<Field>, Unread> {
    let mut form = Multipart::from_request(req, &()).await.map_err(|_| Unread::NotAForm)?;
    let mut fields = Vec::new();
    while let Some(f) = form.next_field().await.map_err(|_| Unread::TooLarge)? {
        let name = f.name().unwrap_or_default().to_string();
        let file_name = f.file_name().unwrap_or_default().to_string();
        let bytes = f.bytes().await.map_err(|_| Unread::TooLarge)?;
        fields.push(Field { name, file_name, bytes });
    }
    Ok(fields)
}

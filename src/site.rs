//! The site in each language: the rules with their words in that language, and the
//! words of the screens. English is at `/`, Spanish at `/es/`; the language is carried
//! in the path, never in a cookie.

use std::sync::Arc;

use crate::questionnaire::words::Words;
use crate::rules::{self, Lang, RuleBook, RulesError, Sources};

/// One language's rules and words.
#[derive(Debug, Clone)]
pub struct Site {
    pub lang: Lang,
    pub rules: Arc<RuleBook>,
    pub words: Arc<Words>,
}

/// The site in every language.
#[derive(Debug, Clone)]
pub struct Sites {
    en: Site,
    es: Site,
}

impl Sites {
    /// Every language of the rules in `sources`, with the built-in words; every
    /// problem in every language is reported.
    pub fn load(sources: &Sources) -> Result<Sites, Vec<RulesError>> {
        let mut errors = Vec::new();
        let mut site = |lang| {
            let rules = rules::translate::load_in(sources, lang).map_err(|e| errors.extend(e)).ok();
            let words = Words::embedded(lang).map_err(|e| errors.extend(e)).ok();
            Some(Site { lang, rules: Arc::new(rules?), words: Arc::new(words?) })
        };
        match (site(Lang::En), site(Lang::Es)) {
            (Some(en), Some(es)) if errors.is_empty() => Ok(Sites { en, es }),
            _ => Err(errors),
        }
    }

    /// The built-in rules and words.
    pub fn embedded() -> Result<Sites, Vec<RulesError>> {
        Sites::load(&rules::embedded_sources()?)
    }

    pub fn get(&self, lang: Lang) -> &Site {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
        }
    }

    /// The English site: the rules the API and the command line answer with.
    pub fn english(&self) -> &Site {
        &self.en
    }
}

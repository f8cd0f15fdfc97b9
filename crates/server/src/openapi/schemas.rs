//! The document's `components.schemas`, generated from the types that serialize the answers.
//!
//! Each answer type derives [`utoipa::ToSchema`] beside its handler: its fields, their
//! nullability (`Option`), which are required (every field that is always written), formats
//! and descriptions (the fields' doc comments) come from the type, so the document cannot say
//! something the answer does not. What a Rust type cannot say by itself, the closed sets of
//! values a string field takes, comes from the domain's own lists (`Region::ALL`, …) through
//! the `schema_with` functions below, so a new region or state is documented when it exists.

use heroes_domain::account::Role;
use heroes_domain::geo::Region;
use heroes_domain::hero::{HeroStatus, LinkKind};
use heroes_domain::specialization::Colour;
use serde_json::{Map, Value};
use utoipa::ToSchema;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, SchemaType, Type};
use utoipa::openapi::{RefOr, Schema};

/// Every named schema of the document as JSON, by name: the answer types and the types they
/// refer to.
pub fn components() -> Map<String, Value> {
    let mut schemas = Vec::new();
    for collect in COMPONENTS {
        collect(&mut schemas);
    }
    schemas
        .into_iter()
        .map(|(name, schema)| (name, serde_json::to_value(schema).unwrap_or_default()))
        .collect()
}

/// Named schemas, as utoipa collects them.
type Named = Vec<(String, RefOr<Schema>)>;

/// Adds `T` and every schema it refers to.
fn collect<T: ToSchema>(schemas: &mut Named) {
    schemas.push((T::name().into_owned(), T::schema()));
    T::schemas(schemas);
}

/// The answer types named in the document (the schemas they refer to come with them).
const COMPONENTS: &[fn(&mut Named)] = &[
    collect::<crate::account::api::Me>,
    collect::<crate::account::api::Profile>,
    collect::<crate::account::api::ProfileChange>,
    collect::<crate::credits::api::Credits>,
    collect::<crate::error::ApiError>,
    collect::<crate::heroes::api::HeroJson>,
    collect::<crate::heroes::api::HeroDetailJson>,
    collect::<crate::heroes::api::HeroList>,
    collect::<crate::promotion::spotlight::ItemJson>,
    collect::<crate::specializations::SpecializationJson>,
    collect::<crate::contributions::api::ContributionJson>,
    collect::<crate::contributions::api::ContributionList>,
    collect::<crate::feedback::api::FeedbackList>,
    collect::<crate::groups::GroupJson>,
    collect::<crate::events::api::EventJson>,
    collect::<crate::briefings::api::BriefingJson>,
    collect::<crate::mentoring::api::MentoringJson>,
    collect::<crate::projects::api::ProjectJson>,
    collect::<crate::projects::api::ProjectDetailJson>,
    collect::<crate::sync::DeletionJson>,
    collect::<crate::sync::DeletionList>,
];

/// The schema of `T` as JSON, for an answer the document describes in place (a list wrapped
/// in an object) rather than by name.
pub fn inline<T: utoipa::PartialSchema>() -> Value {
    serde_json::to_value(T::schema()).unwrap_or_default()
}

fn strings<'a>(values: impl IntoIterator<Item = &'a str>) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values))
}

fn strings_or_null<'a>(values: impl IntoIterator<Item = &'a str>) -> ObjectBuilder {
    let values: Vec<Value> = values
        .into_iter()
        .map(Value::from)
        .chain([Value::Null])
        .collect();
    ObjectBuilder::new()
        .schema_type(SchemaType::Array(vec![Type::String, Type::Null]))
        .enum_values(Some(values))
}

/// A program region: `americas`, `emea` or `apj`.
pub fn region() -> ObjectBuilder {
    strings(Region::ALL.map(Region::slug))
}

/// A hero's status.
pub fn hero_status() -> ObjectBuilder {
    strings(HeroStatus::ALL.map(HeroStatus::slug))
}

/// A specialization's badge accent.
pub fn colour() -> ObjectBuilder {
    strings(Colour::ALL.map(Colour::as_str))
}

/// An account's roles.
pub fn roles() -> ArrayBuilder {
    ArrayBuilder::new().items(strings(Role::ALL.map(Role::as_str)))
}

/// What credits are requested for.
pub fn credit_purpose() -> ObjectBuilder {
    use heroes_domain::credits::Purpose;
    strings(Purpose::ALL.map(Purpose::as_str))
}

/// Where a credit request stands.
pub fn credit_state() -> ObjectBuilder {
    use heroes_domain::credits::State;
    strings(State::ALL.map(State::as_str))
}

/// What a ledger entry records.
pub fn ledger_kind() -> ObjectBuilder {
    use heroes_domain::credits::EntryKind;
    strings(EntryKind::ALL.map(EntryKind::as_str))
}

/// What kind of product feedback an item is.
pub fn feedback_kind() -> ObjectBuilder {
    use heroes_domain::feedback::Kind;
    strings(Kind::ALL.map(Kind::as_str))
}

/// Where a feedback item stands.
pub fn feedback_state() -> ObjectBuilder {
    use heroes_domain::feedback::State;
    strings(State::ALL.map(State::as_str))
}

/// What kind of event.
pub fn event_kind() -> ObjectBuilder {
    use heroes_domain::events::EventKind;
    strings(EventKind::ALL.map(EventKind::as_str))
}

/// Where a community project stands.
pub fn project_status() -> ObjectBuilder {
    use heroes_domain::projects::ProjectStatus;
    strings(ProjectStatus::ALL.map(ProjectStatus::as_str))
}

/// The statuses of the groups the public sees (proposals and declined ones are not listed).
pub fn group_status() -> ObjectBuilder {
    use heroes_domain::groups::GroupStatus;
    strings(
        GroupStatus::ALL
            .into_iter()
            .filter(|s| s.is_public())
            .map(GroupStatus::as_str),
    )
}

/// The ways a mentor offers to help.
pub fn mentoring_formats() -> ArrayBuilder {
    use heroes_domain::mentoring::Format;
    ArrayBuilder::new().items(strings(Format::ALL.map(Format::as_str)))
}

/// Where a request for a mentor stands (the states the table allows).
pub fn mentoring_request_state() -> ObjectBuilder {
    strings(["open", "matched", "withdrawn"])
}

/// The caller's side of a mentorship.
pub fn mentorship_role() -> ObjectBuilder {
    strings(["mentor", "mentee"])
}

/// The caller's answer to a briefing, if any.
pub fn briefing_rsvp() -> ObjectBuilder {
    use heroes_domain::briefings::RsvpState;
    strings_or_null([RsvpState::Going, RsvpState::Waiting].map(RsvpState::as_str))
        .description(Some("`going`, `waiting` or null."))
}

/// A profile's links: an address per kind, the kinds being the domain's.
fn links(types: SchemaType) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(types)
        .description(Some("A web address per kind of link."))
        .property_names(Some(strings(LinkKind::ALL.map(LinkKind::slug)).build()))
        .additional_properties(Some(ObjectBuilder::new().schema_type(Type::String)))
}

/// The links of a profile as it is read.
pub fn profile_links() -> ObjectBuilder {
    links(SchemaType::Type(Type::Object))
}

/// The links of a profile change: `null` leaves them; an empty address removes one.
pub fn profile_links_change() -> ObjectBuilder {
    links(SchemaType::Array(vec![Type::Object, Type::Null]))
        .description(Some("A web address per kind of link; an empty address removes the link, a kind left out stays as it is."))
}

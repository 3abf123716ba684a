/**
 * The eAccounting API's resources as records, one per Visma schema (the record's javadoc names it):
 * Visma's PascalCase JSON names on every component, {@code UUID} ids, {@code LocalDate} dates,
 * {@code Instant} UTC timestamps, {@code BigDecimal} amounts, boxed numbers and booleans that may be
 * null, and open enums (records such as {@link io.github.vismaidentity.eaccounting.model.PropertyType})
 * for Visma's integer enums, which keep a value Visma adds later. Properties Visma sends that a record
 * does not model are ignored; a null component is not sent.
 */
package io.github.vismaidentity.eaccounting.model;

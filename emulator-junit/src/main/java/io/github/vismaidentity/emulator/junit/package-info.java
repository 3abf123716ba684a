/**
 * A JUnit 5 extension that starts the Visma emulator for a test class and injects it: annotate the class with
 * {@link io.github.vismaidentity.emulator.junit.WithVismaEmulator} and take a
 * {@link io.github.vismaidentity.emulator.VismaEmulator} parameter, or a field annotated
 * {@link io.github.vismaidentity.emulator.junit.VismaEmulatorInstance}.
 */
package io.github.vismaidentity.emulator.junit;

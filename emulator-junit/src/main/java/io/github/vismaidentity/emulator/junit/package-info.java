/**
 * A JUnit 5 extension that starts the Visma emulator for a test class and injects it.
 */
package io.github.vismaidentity.emulator.junit;

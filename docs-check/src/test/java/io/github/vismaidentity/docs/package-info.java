/** Tests of README.md and docs/ against the repository. */
package io.github.vismaidentity.docs;

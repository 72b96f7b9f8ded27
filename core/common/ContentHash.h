// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

namespace stepwise {

// The SHA-256 (hex) a signed record stores over what was signed: a domain tag ("note.v1",
// "plan.v1", ...) naming what the fields are, then each field length-prefixed, NULL marked, so
// that no two different contents give the same input. Recomputing it later shows whether the
// stored content is still what was signed (NoteStore::verify, `stepwise-cli check`).
QString contentHash(const QString& tag, const QVariantList& fields);

} // namespace stepwise

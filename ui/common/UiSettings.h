// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>

namespace stepwise {

// Per-user window state kept in QSettings (program-wide settings live in the database).
// Typed keys with one table of names and defaults, so a typo cannot fail silently.
enum class UiKey {
    MainWindowGeometry,
    MainWindowState,
    CaseloadHeaderState,       // column widths, order and sort indicator
    CaseloadIncludeDischarged, // the caseload lists discharged participants too
    ParticipantPhaseHeaderState,
};

namespace UiSettings {

QVariant value(UiKey key);
void setValue(UiKey key, const QVariant& value);

// Off for screenshots and tests: values read as defaults and writes are dropped, so the
// user's own window layout neither leaks in nor is overwritten.
void setPersistent(bool persistent);
bool isPersistent();

} // namespace UiSettings
} // namespace stepwise

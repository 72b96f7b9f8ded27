// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSettings.h"

#include <QSettings>

namespace stepwise::UiSettings {

namespace {

struct KeyInfo
{
    UiKey key;
    const char* name;
    QVariant defaultValue;
};

const KeyInfo& info(UiKey key)
{
    static const KeyInfo table[] = {
        { UiKey::MainWindowGeometry, "MainWindow/Geometry", {} },
        { UiKey::MainWindowState, "MainWindow/State", {} },
        { UiKey::CaseloadHeaderState, "Caseload/HeaderState", {} },
        { UiKey::CaseloadIncludeDischarged, "Caseload/IncludeDischarged", false },
        { UiKey::ParticipantPhaseHeaderState, "Participant/PhaseHeaderState", {} },
    };
    for (const KeyInfo& row : table) {
        if (row.key == key)
            return row;
    }
    Q_UNREACHABLE();
}

bool persistent = true;

} // namespace

QVariant value(UiKey key)
{
    const KeyInfo& row = info(key);
    if (!persistent)
        return row.defaultValue;
    return QSettings().value(QLatin1String(row.name), row.defaultValue);
}

void setValue(UiKey key, const QVariant& value)
{
    if (persistent)
        QSettings().setValue(QLatin1String(info(key).name), value);
}

void setPersistent(bool on)
{
    persistent = on;
}

bool isPersistent()
{
    return persistent;
}

} // namespace stepwise::UiSettings

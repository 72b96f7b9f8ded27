// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceStatus.h"

#include <QCoreApplication>

namespace stepwise {

QString storageKey(AttendanceStatus v)
{
    switch (v) {
    case AttendanceStatus::Present:
        return QStringLiteral("present");
    case AttendanceStatus::Late:
        return QStringLiteral("late");
    case AttendanceStatus::LeftEarly:
        return QStringLiteral("left_early");
    case AttendanceStatus::Telehealth:
        return QStringLiteral("telehealth");
    case AttendanceStatus::ExcusedAbsence:
        return QStringLiteral("excused");
    case AttendanceStatus::UnexcusedAbsence:
        return QStringLiteral("unexcused");
    }
    return {};
}

QString label(AttendanceStatus v)
{
    const char* text = "";
    switch (v) {
    case AttendanceStatus::Present:
        text = QT_TRANSLATE_NOOP("stepwise::AttendanceStatus", "Present");
        break;
    case AttendanceStatus::Late:
        text = QT_TRANSLATE_NOOP("stepwise::AttendanceStatus", "Late");
        break;
    case AttendanceStatus::LeftEarly:
        text = QT_TRANSLATE_NOOP("stepwise::AttendanceStatus", "Left early");
        break;
    case AttendanceStatus::Telehealth:
        text = QT_TRANSLATE_NOOP("stepwise::AttendanceStatus", "Telehealth");
        break;
    case AttendanceStatus::ExcusedAbsence:
        text = QT_TRANSLATE_NOOP("stepwise::AttendanceStatus", "Excused absence");
        break;
    case AttendanceStatus::UnexcusedAbsence:
        text = QT_TRANSLATE_NOOP("stepwise::AttendanceStatus", "Unexcused absence");
        break;
    }
    return QCoreApplication::translate("stepwise::AttendanceStatus", text);
}

std::optional<AttendanceStatus> parseAttendanceStatus(const QString& text)
{
    const QString t = text.trimmed();
    for (AttendanceStatus s : allAttendanceStatuses) {
        if (t.compare(storageKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    // English labels and the short forms people type in spreadsheets.
    static const std::array<std::pair<const char*, AttendanceStatus>, 8> english { {
        { "Present", AttendanceStatus::Present },
        { "Late", AttendanceStatus::Late },
        { "Left early", AttendanceStatus::LeftEarly },
        { "Telehealth", AttendanceStatus::Telehealth },
        { "Excused absence", AttendanceStatus::ExcusedAbsence },
        { "Unexcused absence", AttendanceStatus::UnexcusedAbsence },
        { "Excused", AttendanceStatus::ExcusedAbsence },
        { "Unexcused", AttendanceStatus::UnexcusedAbsence },
    } };
    for (const auto& [name, status] : english) {
        if (t.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

} // namespace stepwise

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Disclosure.h"

#include <QCoreApplication>

namespace stepwise {

QString storageKey(DisclosureKind k)
{
    switch (k) {
    case DisclosureKind::Participant:
        return QStringLiteral("participant");
    case DisclosureKind::Internal:
        return QStringLiteral("internal");
    case DisclosureKind::External:
        return QStringLiteral("external");
    }
    return {};
}

std::optional<DisclosureKind> parseDisclosureKind(const QString& key)
{
    for (DisclosureKind k :
        { DisclosureKind::Participant, DisclosureKind::Internal, DisclosureKind::External }) {
        if (storageKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString label(DisclosureKind k)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("stepwise::Disclosure", text);
    };
    switch (k) {
    case DisclosureKind::Participant:
        return tr("To the participant");
    case DisclosureKind::Internal:
        return tr("Within the program");
    case DisclosureKind::External:
        return tr("Outside the program");
    }
    return {};
}

} // namespace stepwise

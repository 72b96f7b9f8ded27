// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "reports/DocumentRenderer.h"
#include "storage/StaffStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

namespace stepwise::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise-cli", text);
}

} // namespace

std::unique_ptr<Database> openDatabase(
    Console& console, const Invocation& invocation, Database::OpenMode mode)
{
    auto db = Database::open(invocation.databasePath(), mode);
    if (!db) {
        console.fail(db.error());
        return nullptr;
    }
    (*db)->setWorkstation((*db)->workstation() + QStringLiteral(" (stepwise-cli)"));
    return std::move(db).value();
}

std::optional<QPageSize> pageSize(Console& console, const Invocation& invocation)
{
    if (!invocation.isSet(PageSizeOption))
        return DocumentRenderer::defaultPageSize();
    const QString v = invocation.value(PageSizeOption).toLower();
    if (v == QLatin1String("letter"))
        return QPageSize(QPageSize::Letter);
    if (v == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    console.usage(tr("--page-size expects letter or a4, not '%1'").arg(v));
    return std::nullopt;
}

bool outputFree(Console& console, const QString& path)
{
    if (path.isEmpty()) {
        console.usage(tr("--out FILE is required"));
        return false;
    }
    if (QFileInfo::exists(path)) {
        console.fail(tr("%1 already exists; choose another file name").arg(path));
        return false;
    }
    return true;
}

std::optional<QDate> dateOption(
    Console& console, const Invocation& invocation, const QString& option, const QDate& fallback)
{
    if (!invocation.isSet(option)) {
        if (fallback.isValid())
            return fallback;
        console.usage(tr("--%1 DATE is required (YYYY-MM-DD)").arg(option));
        return std::nullopt;
    }
    const QDate d = QDate::fromString(invocation.value(option), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid()) {
        console.usage(tr("--%1 expects a date as YYYY-MM-DD, not '%2'")
                          .arg(option, invocation.value(option)));
        return std::nullopt;
    }
    return d;
}

std::optional<StaffMember> staffNamed(Console& console, Database& db, const QString& name)
{
    const auto found = StaffStore(db).findByName(name);
    if (!found) {
        console.fail(found.error());
        return std::nullopt;
    }
    if (!found->has_value()) {
        console.fail(tr("there is no staff member named '%1'").arg(name));
        return std::nullopt;
    }
    return **found;
}

} // namespace stepwise::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Result.h"

#include <QCoreApplication>

namespace stepwise {

Error Error::validation(QList<FieldError> fields)
{
    Error e;
    e.code = ErrorCode::Validation;
    e.message = fields.size() == 1 ? fields.first().message
                                   : QCoreApplication::translate("stepwise::Error",
                                       "%n field(s) need attention.", nullptr, int(fields.size()));
    e.fields = std::move(fields);
    return e;
}

QString Error::fieldMessage(const QString& field) const
{
    QStringList messages;
    for (const FieldError& f : fields) {
        if (f.field == field)
            messages << f.message;
    }
    return messages.join(QLatin1Char('\n'));
}

QString Error::fullMessage() const
{
    if (fields.size() <= 1)
        return message;
    QStringList parts;
    for (const FieldError& f : fields)
        parts << f.field + QStringLiteral(": ") + f.message;
    return message + QLatin1Char(' ') + parts.join(QStringLiteral("; "));
}

} // namespace stepwise

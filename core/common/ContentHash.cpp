// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentHash.h"

#include <QCryptographicHash>

namespace stepwise {

QString contentHash(const QString& tag, const QVariantList& fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QByteArray& bytes) {
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(bytes);
    };
    add(tag.toUtf8());
    for (const QVariant& v : fields) {
        if (v.isNull())
            hash.addData(QByteArrayView("N"));
        else
            add(v.toString().toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace stepwise

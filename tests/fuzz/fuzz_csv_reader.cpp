// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: CsvReader::read on any bytes. Besides "never crashes", checks what the
// importers rely on: a refused file has a line and a message and no records, an accepted one has
// records in file order, and what CsvWriter writes from them reads back as the same fields.
#include "FuzzEnvironment.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <cstddef>
#include <cstdint>

using namespace stepwise;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::FuzzEnvironment::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const CsvDocument doc = CsvReader::read(input);

    if (!doc.ok()) {
        if (doc.error->line < 1 || doc.error->message.isEmpty() || !doc.records.isEmpty())
            fuzz::propertyFailed("a refused CSV names a line and a reason and keeps no records",
                QStringLiteral("line %1: %2").arg(doc.error->line).arg(doc.error->message));
        return 0;
    }

    int previousLine = 0;
    for (const CsvRecord& record : doc.records) {
        if (record.line <= previousLine || record.fields.isEmpty())
            fuzz::propertyFailed("records start on increasing lines and have fields",
                QStringLiteral("line %1 after %2").arg(record.line).arg(previousLine));
        previousLine = record.line;
    }

    // What the reader accepted, written again, must read back unchanged: the export of a
    // re-import depends on it.
    CsvWriter writer;
    for (const CsvRecord& record : doc.records)
        writer.addRecord(record.fields);
    const CsvDocument again = CsvReader::read(writer.data());
    if (!again.ok())
        fuzz::propertyFailed("CsvWriter output is readable", again.error->message);
    if (again.records.size() != doc.records.size())
        fuzz::propertyFailed("CsvWriter output has as many records",
            QStringLiteral("%1 != %2").arg(again.records.size()).arg(doc.records.size()));
    for (qsizetype i = 0; i < doc.records.size(); ++i) {
        if (again.records.at(i).fields != doc.records.at(i).fields)
            fuzz::propertyFailed("CsvWriter output reads back as the same fields",
                QStringLiteral("record %1").arg(i + 1));
    }
    return 0;
}

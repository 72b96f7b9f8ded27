// SPDX-License-Identifier: GPL-3.0-or-later
#include "Medication.h"

#include "Analyte.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::MedicationRules", text);
}

// Which prescribed medications make which screen positive. What it rests on (facts, no copied
// text): SAMHSA TIP 63, "Medications for Opioid Use Disorder" (2021), on buprenorphine and
// methadone needing their own tests and naltrexone not being detected by drug screens; SAMHSA
// TAP 32, "Clinical Drug Testing in Primary Care" (2012), on what opiate, amphetamine and
// benzodiazepine immunoassays detect; and the package inserts of multi-drug urine cups
// (cross-reactivity tables). A medication that only causes false positives on some assays
// (sertraline, quetiapine, bupropion...) is not listed: the clinician marks such a result
// expected by hand, with the reason, after confirmation testing.
QList<KnownMedication> table()
{
    using namespace Analytes;
    const auto keys = [](std::initializer_list<const char*> list) {
        QStringList l;
        for (const char* k : list)
            l.append(QLatin1String(k));
        return l;
    };
    const QString opiateNote = tr("Opiate screens detect this medication unevenly; a negative "
                                  "opiate result does not show it was not taken.");
    const QString benzoNote = tr("Many benzodiazepine immunoassays detect clonazepam and "
                                 "lorazepam poorly: a negative result does not show it was not "
                                 "taken, and a positive one is still expected.");
    return {
        { QStringLiteral("buprenorphine"),
            { QStringLiteral("Suboxone"), QStringLiteral("Subutex"), QStringLiteral("Zubsolv"),
                QStringLiteral("Sublocade"), QStringLiteral("Brixadi"), QStringLiteral("Butrans"),
                QStringLiteral("Belbuca") },
            keys({ Buprenorphine }),
            tr("Buprenorphine has its own test (BUP): it does not make the opiate screen "
               "positive. A negative BUP result on maintenance is a finding.") },
        { QStringLiteral("methadone"), { QStringLiteral("Methadose"), QStringLiteral("Dolophine") },
            keys({ Methadone, Eddp }),
            tr("Methadone has its own test (MTD); EDDP, its metabolite, shows it was taken and "
               "metabolized. A negative MTD result on maintenance is a finding.") },
        { QStringLiteral("naltrexone"), { QStringLiteral("Vivitrol"), QStringLiteral("Revia") }, {},
            tr("Naltrexone makes no drug screen positive.") },
        { QStringLiteral("naloxone"), { QStringLiteral("Narcan") }, {},
            tr("Naloxone makes no drug screen positive.") },
        { QStringLiteral("acamprosate"), { QStringLiteral("Campral") }, {}, {} },
        { QStringLiteral("disulfiram"), { QStringLiteral("Antabuse") }, {}, {} },
        { QStringLiteral("amphetamine"),
            { QStringLiteral("Adderall"), QStringLiteral("Mydayis"), QStringLiteral("Evekeo"),
                QStringLiteral("Dexedrine"), QStringLiteral("Zenzedi") },
            keys({ Amphetamine }), {} },
        { QStringLiteral("lisdexamfetamine"), { QStringLiteral("Vyvanse") }, keys({ Amphetamine }),
            tr("Lisdexamfetamine becomes dextroamphetamine in the body: the amphetamine screen "
               "is expected positive.") },
        { QStringLiteral("methamphetamine"), { QStringLiteral("Desoxyn") },
            keys({ Methamphetamine, Amphetamine }), {} },
        { QStringLiteral("methylphenidate"),
            { QStringLiteral("Ritalin"), QStringLiteral("Concerta"), QStringLiteral("Focalin") },
            {}, tr("Methylphenidate does not make the amphetamine screen positive.") },
        { QStringLiteral("clonazepam"), { QStringLiteral("Klonopin") }, keys({ Benzodiazepines }),
            benzoNote },
        { QStringLiteral("lorazepam"), { QStringLiteral("Ativan") }, keys({ Benzodiazepines }),
            benzoNote },
        { QStringLiteral("alprazolam"), { QStringLiteral("Xanax") }, keys({ Benzodiazepines }),
            {} },
        { QStringLiteral("diazepam"), { QStringLiteral("Valium") }, keys({ Benzodiazepines }), {} },
        { QStringLiteral("chlordiazepoxide"), { QStringLiteral("Librium") },
            keys({ Benzodiazepines }), {} },
        { QStringLiteral("temazepam"), { QStringLiteral("Restoril") }, keys({ Benzodiazepines }),
            {} },
        { QStringLiteral("phenobarbital"), {}, keys({ Barbiturates }), {} },
        { QStringLiteral("butalbital"), { QStringLiteral("Fioricet"), QStringLiteral("Fiorinal") },
            keys({ Barbiturates }), {} },
        { QStringLiteral("oxycodone"),
            { QStringLiteral("OxyContin"), QStringLiteral("Roxicodone"), QStringLiteral("Percocet"),
                QStringLiteral("Endocet"), QStringLiteral("Xtampza") },
            keys({ Oxycodone }),
            tr("Oxycodone has its own test (OXY): morphine-based opiate screens usually miss it, "
               "so an opiate positive is not explained by it.") },
        { QStringLiteral("hydrocodone"),
            { QStringLiteral("Vicodin"), QStringLiteral("Norco"), QStringLiteral("Hysingla") },
            keys({ Opiates }), opiateNote },
        { QStringLiteral("hydromorphone"), { QStringLiteral("Dilaudid") }, keys({ Opiates }),
            opiateNote },
        { QStringLiteral("morphine"), { QStringLiteral("MS Contin"), QStringLiteral("Kadian") },
            keys({ Opiates }), {} },
        { QStringLiteral("codeine"), {}, keys({ Opiates }), {} },
        { QStringLiteral("fentanyl"), { QStringLiteral("Duragesic"), QStringLiteral("Actiq") },
            keys({ Fentanyl }),
            tr("Fentanyl has its own test (FYL): it does not make the opiate screen positive.") },
        { QStringLiteral("tramadol"), { QStringLiteral("Ultram"), QStringLiteral("Ultracet") },
            keys({ Tramadol }), {} },
        { QStringLiteral("dronabinol"), { QStringLiteral("Marinol"), QStringLiteral("Syndros") },
            keys({ Thc }),
            tr("A screen cannot tell dronabinol from cannabis: the THC positive is expected "
               "either way.") },
        { QStringLiteral("gabapentin"),
            { QStringLiteral("Neurontin"), QStringLiteral("Gralise"), QStringLiteral("Horizant") },
            keys({ Gabapentin }), {} },
    };
}

// The known medications whose generic or brand name appears in `name`.
QList<KnownMedication> matches(const QString& name)
{
    const QString text = name.toLower();
    QList<KnownMedication> list;
    if (text.trimmed().isEmpty())
        return list;
    for (const KnownMedication& k : table()) {
        bool found = text.contains(k.name);
        for (const QString& brand : k.brandNames)
            found = found || text.contains(brand.toLower());
        if (found)
            list.append(k);
    }
    return list;
}

} // namespace

bool Medication::isActiveOn(const QDate& date) const
{
    return date.isValid() && startDate.isValid() && startDate <= date
        && (endDate.isNull() || date <= endDate);
}

namespace MedicationRules {

QList<KnownMedication> known()
{
    return table();
}

QStringList suggestAnalytes(const QString& name)
{
    QStringList analytes;
    for (const KnownMedication& k : matches(name)) {
        for (const QString& a : k.analytes) {
            if (!analytes.contains(a))
                analytes.append(a);
        }
    }
    return analytes;
}

QStringList notes(const QString& name)
{
    QStringList list;
    for (const KnownMedication& k : matches(name)) {
        if (!k.note.isEmpty() && !list.contains(k.note))
            list.append(k.note);
    }
    return list;
}

QString describe(const QString& name)
{
    const QString typed = name.trimmed();
    QStringList generics;
    for (const KnownMedication& k : matches(typed)) {
        if (!typed.contains(k.name, Qt::CaseInsensitive))
            generics.append(k.name);
    }
    if (generics.isEmpty())
        return typed;
    return tr("%1 (%2)").arg(generics.join(QStringLiteral("/")), typed);
}

QList<FieldError> validate(const Medication& m, const QDate& today)
{
    QList<FieldError> problems;
    if (m.name.trimmed().isEmpty())
        problems.append({ QLatin1String(Name), tr("Enter the medication's name.") });
    if (!m.startDate.isValid())
        problems.append({ QLatin1String(StartDate), tr("Enter the date it was started.") });
    else if (m.startDate > today)
        problems.append(
            { QLatin1String(StartDate), tr("The start date cannot be in the future.") });
    if (m.startDate.isValid() && m.endDate.isValid() && m.endDate < m.startDate)
        problems.append({ QLatin1String(EndDate),
            tr("The end date cannot be before the start date (%1).")
                .arg(QLocale().toString(m.startDate, QLocale::ShortFormat)) });
    return problems;
}

QStringList normalizedAnalytes(const QStringList& analytes)
{
    QStringList list;
    for (const QString& a : analytes) {
        const QString key = Analytes::normalize(a);
        if (!key.isEmpty() && !list.contains(key, Qt::CaseInsensitive))
            list.append(key);
    }
    return list;
}

} // namespace MedicationRules
} // namespace stepwise

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Analyte.h"

#include <QCoreApplication>
#include <array>

namespace stepwise::Analytes {

// What the list rests on (facts, not copied text):
// - SAMHSA TAP 32, "Clinical Drug Testing in Primary Care" (2012): the drug classes immunoassay
//   screens report, that a morphine-based opiate screen does not reliably detect oxycodone,
//   fentanyl, methadone or buprenorphine, which need their own tests, and that alcohol is
//   screened as ethanol (breath) or its metabolite ethyl glucuronide (urine).
// - Package inserts of CLIA-waived multi-drug urine cups (several manufacturers): the
//   abbreviations printed on the cup (AMP, mAMP/MET, MDMA, BAR, BZO, BUP, COC, MTD, EDDP,
//   OPI/MOP, OXY, PCP, THC, FYL, TML) and the usual 5-, 10- and 12-panel configurations.
// - Fentanyl and xylazine test strips, sold separately, are why those two are listed.
// - Specimen validity tests (creatinine, pH, specific gravity, oxidants) are described in TAP 32
//   and printed on many cups as "SVT" or "adulterant" pads.

namespace {

struct Entry
{
    const char* key;
    const char* code;
    const char* label;
    const char* aliases; // '|'-separated, matched case-insensitively
    bool adherenceMarker;
};

constexpr auto context = "stepwise::Analytes";

constexpr std::array<Entry, 19> entries { {
    { Alcohol, "ETOH", QT_TRANSLATE_NOOP("stepwise::Analytes", "Alcohol (ethanol / EtG)"),
        "etg|ethanol|ethyl glucuronide|bac", false },
    { Amphetamine, "AMP", QT_TRANSLATE_NOOP("stepwise::Analytes", "Amphetamine"), "amphetamines",
        false },
    { Methamphetamine, "mAMP", QT_TRANSLATE_NOOP("stepwise::Analytes", "Methamphetamine"),
        "met|meth|mamp", false },
    { Mdma, "MDMA", QT_TRANSLATE_NOOP("stepwise::Analytes", "MDMA (ecstasy)"), "ecstasy|xtc",
        false },
    { Barbiturates, "BAR", QT_TRANSLATE_NOOP("stepwise::Analytes", "Barbiturates"), "barbiturate",
        false },
    { Benzodiazepines, "BZO", QT_TRANSLATE_NOOP("stepwise::Analytes", "Benzodiazepines"),
        "bzd|benzodiazepine|benzos", false },
    { Buprenorphine, "BUP", QT_TRANSLATE_NOOP("stepwise::Analytes", "Buprenorphine"), "", true },
    { Cocaine, "COC", QT_TRANSLATE_NOOP("stepwise::Analytes", "Cocaine"), "benzoylecgonine|crack",
        false },
    { Fentanyl, "FYL", QT_TRANSLATE_NOOP("stepwise::Analytes", "Fentanyl"), "fen|ftn|fent", false },
    { Gabapentin, "GAB", QT_TRANSLATE_NOOP("stepwise::Analytes", "Gabapentin"), "", false },
    { Methadone, "MTD", QT_TRANSLATE_NOOP("stepwise::Analytes", "Methadone"), "", true },
    { Eddp, "EDDP", QT_TRANSLATE_NOOP("stepwise::Analytes", "EDDP (methadone metabolite)"), "",
        false },
    { Opiates, "OPI", QT_TRANSLATE_NOOP("stepwise::Analytes", "Opiates (morphine, codeine)"),
        "mop|opi|opiate|morphine|heroin", false },
    { Oxycodone, "OXY", QT_TRANSLATE_NOOP("stepwise::Analytes", "Oxycodone"), "", false },
    { Pcp, "PCP", QT_TRANSLATE_NOOP("stepwise::Analytes", "Phencyclidine (PCP)"), "phencyclidine",
        false },
    { Thc, "THC", QT_TRANSLATE_NOOP("stepwise::Analytes", "Cannabinoids (THC)"),
        "cannabinoids|cannabis|marijuana", false },
    { Tramadol, "TML", QT_TRANSLATE_NOOP("stepwise::Analytes", "Tramadol"), "tra", false },
    { Xylazine, "XYL", QT_TRANSLATE_NOOP("stepwise::Analytes", "Xylazine"), "", false },
    { Validity, "SVT", QT_TRANSLATE_NOOP("stepwise::Analytes", "Specimen validity"),
        "creatinine|adulterants|adulteration|specimen", false },
} };

const Entry* find(const QString& key)
{
    for (const Entry& e : entries) {
        if (key == QLatin1String(e.key))
            return &e;
    }
    return nullptr;
}

struct PanelEntry
{
    const char* key;
    const char* label;
    QList<const char*> analytes;
};

// Propoxyphene, on older 10-panel cups, left the US market in 2010; cups sold since carry
// oxycodone or MDMA in its place.
const std::array<PanelEntry, 8>& panelEntries()
{
    static const std::array<PanelEntry, 8> list { {
        { "five_panel", QT_TRANSLATE_NOOP("stepwise::Analytes", "5-panel cup"),
            { Amphetamine, Cocaine, Opiates, Pcp, Thc } },
        { "ten_panel", QT_TRANSLATE_NOOP("stepwise::Analytes", "10-panel cup"),
            { Amphetamine, Methamphetamine, Barbiturates, Benzodiazepines, Cocaine, Methadone,
                Opiates, Oxycodone, Pcp, Thc } },
        { "twelve_panel", QT_TRANSLATE_NOOP("stepwise::Analytes", "12-panel cup"),
            { Amphetamine, Methamphetamine, Mdma, Barbiturates, Benzodiazepines, Buprenorphine,
                Cocaine, Methadone, Opiates, Oxycodone, Pcp, Thc } },
        { "twelve_panel_fentanyl",
            QT_TRANSLATE_NOOP("stepwise::Analytes", "12-panel cup with fentanyl"),
            { Amphetamine, Methamphetamine, Mdma, Barbiturates, Benzodiazepines, Buprenorphine,
                Cocaine, Fentanyl, Methadone, Opiates, Oxycodone, Pcp, Thc } },
        { "opioid_treatment", QT_TRANSLATE_NOOP("stepwise::Analytes", "Opioid treatment panel"),
            { Buprenorphine, Methadone, Eddp, Fentanyl, Opiates, Oxycodone } },
        { "fentanyl_strip", QT_TRANSLATE_NOOP("stepwise::Analytes", "Fentanyl test strip"),
            { Fentanyl } },
        { "etg", QT_TRANSLATE_NOOP("stepwise::Analytes", "Alcohol (EtG)"), { Alcohol } },
        { "breath_alcohol", QT_TRANSLATE_NOOP("stepwise::Analytes", "Breath alcohol"),
            { Alcohol } },
    } };
    return list;
}

} // namespace

QStringList all()
{
    QStringList keys;
    for (const Entry& e : entries)
        keys.append(QLatin1String(e.key));
    return keys;
}

bool isKnown(const QString& key)
{
    return find(key) != nullptr;
}

QString label(const QString& key)
{
    if (const Entry* e = find(key))
        return QCoreApplication::translate(context, e->label);
    return key;
}

QString code(const QString& key)
{
    if (const Entry* e = find(key))
        return QLatin1String(e->code);
    return {};
}

QString normalize(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    for (const Entry& e : entries) {
        if (t.compare(QLatin1String(e.key), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1String(e.label), Qt::CaseInsensitive) == 0
            || t.compare(QCoreApplication::translate(context, e.label), Qt::CaseInsensitive) == 0)
            return QLatin1String(e.key);
        const QStringList aliases = QString::fromLatin1(e.aliases).split(QLatin1Char('|'));
        for (const QString& alias : aliases) {
            if (!alias.isEmpty() && t.compare(alias, Qt::CaseInsensitive) == 0)
                return QLatin1String(e.key);
        }
    }
    return t;
}

bool isAdherenceMarker(const QString& key)
{
    const Entry* e = find(key);
    return e && e->adherenceMarker;
}

bool isSpecimenCheck(const QString& key)
{
    return key == QLatin1String(Validity);
}

QList<Panel> panels()
{
    QList<Panel> list;
    for (const PanelEntry& p : panelEntries()) {
        Panel panel { QLatin1String(p.key), QCoreApplication::translate(context, p.label), {} };
        for (const char* a : p.analytes)
            panel.analytes.append(QLatin1String(a));
        list.append(panel);
    }
    return list;
}

std::optional<Panel> panel(const QString& keyOrLabel)
{
    const QString t = keyOrLabel.trimmed();
    const QList<Panel> list = panels();
    for (int i = 0; i < list.size(); ++i) {
        if (t.compare(list.at(i).key, Qt::CaseInsensitive) == 0
            || t.compare(list.at(i).label, Qt::CaseInsensitive) == 0
            || t.compare(QLatin1String(panelEntries().at(i).label), Qt::CaseInsensitive) == 0)
            return list.at(i);
    }
    return std::nullopt;
}

QString panelLabel(const QString& keyOrText)
{
    if (const auto p = panel(keyOrText); p && p->key == keyOrText)
        return p->label;
    return keyOrText;
}

} // namespace stepwise::Analytes

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace stepwise::Analytes {

// The substances a drug screen reports on (issue 6). Keys are stored in tox_result, medication
// and use_event rows: never rename one. A laboratory may report something not listed here; it
// is stored by its name, which is then also its label.
inline constexpr auto Alcohol = "alcohol"; // ethanol (breath) or its metabolite EtG (urine)
inline constexpr auto Amphetamine = "amphetamine";
inline constexpr auto Methamphetamine = "methamphetamine";
inline constexpr auto Mdma = "mdma";
inline constexpr auto Barbiturates = "barbiturates";
inline constexpr auto Benzodiazepines = "benzodiazepines";
inline constexpr auto Buprenorphine = "buprenorphine";
inline constexpr auto Cocaine = "cocaine";
inline constexpr auto Fentanyl = "fentanyl";
inline constexpr auto Gabapentin = "gabapentin";
inline constexpr auto Methadone = "methadone";
inline constexpr auto Eddp = "eddp";       // methadone's metabolite
inline constexpr auto Opiates = "opiates"; // morphine-based screen: morphine, codeine, heroin
inline constexpr auto Oxycodone = "oxycodone";
inline constexpr auto Pcp = "pcp";
inline constexpr auto Thc = "thc";
inline constexpr auto Tramadol = "tramadol";
inline constexpr auto Xylazine = "xylazine";
// Not a substance: the specimen validity test (creatinine, pH, specific gravity, oxidants) many
// cups carry. Its result is negative (normal), dilute or invalid, never positive; it is how a
// dilute specimen is recorded beside a positive result, which the per-analyte schema cannot
// otherwise hold.
inline constexpr auto Validity = "validity";

QStringList all(); // in display order
bool isKnown(const QString& key);
// "Buprenorphine (BUP)"; a name not in the list is its own label.
QString label(const QString& key);
// The abbreviation printed on cups and lab reports ("BUP"); empty for a name not in the list.
QString code(const QString& key);
// The key for a key, code, common alias or English label (case-insensitive); otherwise the
// trimmed text itself, so "Carisoprodol" from a lab report stays "Carisoprodol". Empty for blank.
QString normalize(const QString& text);
// Whether a prescribed medication's absence from a screen is itself a finding: buprenorphine
// and methadone, the maintenance medications for opioid use disorder (see Toxicology.h).
bool isAdherenceMarker(const QString& key);
// Whether the key is the specimen validity test rather than a substance.
bool isSpecimenCheck(const QString& key);

// A common panel, to fill a screen's results in one step. Configurations vary by manufacturer;
// these are the usual ones, and the clinician adds or removes analytes as the cup reads.
struct Panel
{
    QString key; // stored in tox_screen.panel; a panel typed by hand is stored as typed
    QString label;
    QStringList analytes;
};
QList<Panel> panels();
// A preset by key or English label (case-insensitive).
std::optional<Panel> panel(const QString& keyOrLabel);
// The preset's label, or the text as typed for a panel that is not a preset.
QString panelLabel(const QString& keyOrText);

} // namespace stepwise::Analytes

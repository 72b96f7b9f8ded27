// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcomes/ProgramOutcomes.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;
class OutcomeLinesModel;
class ReadOnlyTable;

// Is the program working (issue 8): for a period and optional phase, focus and counselor, the
// admissions, discharges by reason, completion, median length of stay per phase, retention by
// week, attendance and PHQ-9/GAD-7 change, each chart with its numbers beside it. Export CSV…
// writes the figures as a table. Supervisors only.
class OutcomesPage : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomesPage(AppContext& context, QWidget* parent = nullptr);

    const ProgramOutcomes& outcomes() const { return m_outcomes; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* phaseBox() const { return m_phase; }
    QComboBox* focusBox() const { return m_focus; }
    QComboBox* counselorBox() const { return m_counselor; }
    OutcomeLinesModel* summaryModel() const { return m_summary; }
    MessageBar* messageBar() const { return m_messageBar; }
    // Writes the CSV to `path` (the file dialog's choice) and records the export.
    bool exportCsv(const QString& path);
    // Writes the printable report (OutcomeExport) to `path` and records the export.
    bool exportPdf(const QString& path);

public slots:
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    OutcomeFilter filter() const;
    QWidget* block(const QString& title, QChartView* chart, OutcomeLinesModel* model);
    enum class Format { Csv, Pdf };
    void chooseFile(Format format);
    QString counselorName() const;

    AppContext& m_context;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_phase;
    QComboBox* m_focus;
    QComboBox* m_counselor;
    QLabel* m_heading;
    OutcomeLinesModel* m_summary;
    OutcomeLinesModel* m_discharges;
    OutcomeLinesModel* m_stays;
    OutcomeLinesModel* m_retention;
    OutcomeLinesModel* m_scores;
    QChartView* m_dischargeChart;
    QChartView* m_stayChart;
    QChartView* m_retentionChart;
    ProgramOutcomes m_outcomes;
    bool m_loadedOnce = false;
};

} // namespace stepwise

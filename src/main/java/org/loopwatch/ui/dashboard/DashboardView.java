package org.loopwatch.ui.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.fx.ChartFactory;
import org.loopwatch.report.chart.fx.ChartPane;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.fx.ChartUpdate;
import org.loopwatch.report.chart.SeriesStylesheet;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.Choices;
import org.loopwatch.ui.DateTexts;
import org.loopwatch.ui.UncachedScrollPane;

/**
 * The dashboard: filters on top, then a tile per group and rollup, then the four charts. Thin:
 * state and work live in {@link DashboardViewModel}; this builds controls and redraws when a new
 * snapshot arrives.
 */
public final class DashboardView extends VBox {

    private static final Texts TEXT = Texts.of(DashboardView.class);

    /**
     * Height of a chart without its legend: the legend under it takes what it needs on top, so a
     * chart of fourteen groups and rollups in a narrow column (several legend rows) keeps a plot
     * tall enough for its turned axis title, rather than shrinking to make room.
     */
    static final double CHART_HEIGHT = 300;
    /** Tiles are at least this wide; as many as fit share a row, stretched to fill it. */
    static final double MIN_TILE_WIDTH = 460;
    static final double TILE_GAP = 12;

    private final DashboardViewModel viewModel;
    private final Optional<DashboardExportViewModel> exports;
    private final MenuButton groups = new MenuButton(TEXT.get("groups.button"));
    private final FlowPane tiles = new FlowPane(TILE_GAP, TILE_GAP);
    private final GridPane charts = new GridPane();
    /* The subjects whose colours the tiles' stylesheet holds. */
    private List<ChartSubject> tileSubjects = List.of();
    private final ScrollPane results;
    private final DashboardEmptyState empty = new DashboardEmptyState();
    private Node filterBar;
    /* What the last export or copy did: a line of its own under the filters, kept in the layout while
       empty, so that a message appearing never moves the filters or the charts (issue 15). */
    private final Label exportStatus = new Label();

    /**
     * Lets the empty state of a new database offer buttons for its two ways in: entering the first
     * day and opening the demo database (both belong to the shell, not to the dashboard).
     */
    public void offerWaysIn(Runnable enterFirstDay, Runnable openDemoDatabase) {
        empty.offer(enterFirstDay, openDemoDatabase);
    }

    /** A dashboard without exports (its export buttons stay disabled), e.g. for screen tests. */
    public DashboardView(DashboardViewModel viewModel) {
        this(viewModel, Optional.empty());
    }

    public DashboardView(DashboardViewModel viewModel, DashboardExportViewModel exports) {
        this(viewModel, Optional.of(exports));
    }

    /** The dashboard of the app: exports with JavaFX dialogs owned by the dashboard's window. */
    public static DashboardView withExports(AppServices services) {
        DashboardViewModel dashboard = new DashboardViewModel(services);
        Node[] anchor = new Node[1];
        DashboardView view = new DashboardView(dashboard, new DashboardExportViewModel(services, dashboard,
                new FxExportDialogs(() -> anchor[0].getScene() == null ? null : anchor[0].getScene().getWindow())));
        anchor[0] = view;
        return view;
    }

    private DashboardView(DashboardViewModel viewModel, Optional<DashboardExportViewModel> exports) {
        super(10);
        this.viewModel = viewModel;
        this.exports = exports;
        getStyleClass().add("dashboard");
        getStylesheets().add(Objects.requireNonNull(DashboardView.class.getResource("dashboard.css"),
                "dashboard.css").toExternalForm());
        // Hidden (another screen chosen), the figures are computed again only once shown (decision 0059).
        sceneProperty().addListener((observable, before, after) -> viewModel.shown(after != null));

        Label message = new Label();
        message.setId("dashboardMessage");
        message.getStyleClass().add("dashboard-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        tiles.setId("dashboardTiles");
        // A flow pane is at least as wide as its widest tile, and sizeTiles() sets each tile's width
        // from the pane's: without this the pane could only grow, and the dashboard scrolled sideways.
        tiles.setMinWidth(0);
        tiles.widthProperty().addListener((observable, before, after) -> sizeTiles());
        tiles.getStyleClass().add("dashboard-tiles");
        charts.setId("dashboardCharts");
        charts.getStyleClass().add("dashboard-charts");
        charts.setHgap(12);
        charts.setVgap(12);
        for (int column = 0; column < 2; column++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            charts.getColumnConstraints().add(half);
        }
        VBox content = new VBox(14, new AlertListPanel(viewModel.alerts()), tiles, charts);
        content.getStyleClass().add("dashboard-content");
        results = new UncachedScrollPane(content);
        results.setFitToWidth(true);
        results.getStyleClass().add("dashboard-scroll");
        StackPane body = new StackPane(results, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        // At a large zoom on a small screen the hidden empty state's text must not hold the body
        // taller than the window (it pushed the status bar out at 200 %); the results scroll instead.
        empty.managedProperty().bind(empty.visibleProperty());
        body.setMinHeight(0);
        // The body takes whatever height the filters and messages leave: it grows into it and shrinks
        // to nothing, so its preferred height decides nothing and is not worked out. Asked for it, this
        // VBox measured the whole scroll content (tiles, alert list, charts and legends) at every layout
        // after a save, on top of the scroll pane's own measuring of it (decision 0060).
        body.setPrefHeight(0);
        filterBar = filters();
        exportStatus.setId("exportStatus");
        exportStatus.getStyleClass().add("export-status");
        exportStatus.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(filterBar, exportStatus, message, body);

        viewModel.subjects().addListener((ListChangeListener<ChartSubject>) change -> rebuildGroupsMenu());
        rebuildGroupsMenu();
        viewModel.snapshotProperty().addListener((observable, before, after) -> show(after));
        show(viewModel.snapshotProperty().get());
    }

    private Node filters() {
        DatePicker from = new DatePicker();
        from.setId("dashboardFrom");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("dashboardTo");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        for (DatePicker picker : List.of(from, to)) {
            // Wide enough for the grey example of an empty picker in either language (dashboard.css).
            picker.getStyleClass().add("dashboard-date");
            picker.setConverter(DateTexts.converter());
            picker.setPromptText(TEXT.format("filter.datePrompt", DateTexts.shown(java.time.LocalDate.of(2022, 1, 22))));
        }
        ComboBox<StageChoice> stage = Choices.of("dashboardStage", List.of(StageChoice.values()), StageChoice::label);
        stage.valueProperty().bindBidirectional(viewModel.stageProperty());
        ComboBox<RollingWindow> window = Choices.of("dashboardWindow", List.of(RollingWindow.values()),
                value -> TEXT.format("filter.days", value.days()));
        window.valueProperty().bindBidirectional(viewModel.windowProperty());
        ComboBox<IntervalMethod> method = Choices.of("dashboardMethod", List.of(IntervalMethod.values()),
                IntervalMethod::label);
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        ComboBox<ConfidenceLevel> level = Choices.of("dashboardLevel", ConfidenceLevel.CHOICES,
                value -> TEXT.format("filter.percent", value.percent()));
        level.valueProperty().bindBidirectional(viewModel.levelProperty());
        groups.setId("dashboardGroups");
        groups.setTooltip(new Tooltip(TEXT.get("groups.tooltip")));

        FlowPane bar = new FlowPane(14, 8,
                field(TEXT.get("filter.from"), from), field(TEXT.get("filter.to"), to), field(TEXT.get("filter.stage"), stage),
                field(TEXT.get("filter.window"), window), field(TEXT.get("filter.interval"), method),
                field(TEXT.get("filter.level"), level), groups);
        // The export buttons flow with the filters, each on its own: as one row of five they were
        // wider than a 1024-px window at 150–200 % and held the dashboard wider than the window.
        bar.getChildren().addAll(exports());
        bar.getStyleClass().add("dashboard-filters");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * Export chart and briefing, with a progress bar and what the last export did. Without an
     * export view model the buttons stay disabled.
     */
    private List<Node> exports() {
        Button chart = new Button(TEXT.get("exportChart"));
        chart.setId("exportChart");
        Button briefing = new Button(TEXT.get("exportBriefing"));
        briefing.setId("exportBriefing");
        Button print = new Button(TEXT.get("print.button"));
        print.setId("printBriefing");
        Button copyStatement = new Button(TEXT.get("statement.copy"));
        copyStatement.setId("copyStatement");
        Button statement = new Button(TEXT.get("statement.export"));
        statement.setId("exportStatement");
        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setPrefWidth(110);
        List<Node> holder = List.of(chart, briefing, print, copyStatement, statement, progress);
        holder.forEach(node -> node.getStyleClass().add("dashboard-export"));
        if (exports.isEmpty()) {
            chart.setDisable(true);
            briefing.setDisable(true);
            print.setDisable(true);
            copyStatement.setDisable(true);
            statement.setDisable(true);
            progress.setVisible(false);
            progress.setManaged(false);
            return holder;
        }
        DashboardExportViewModel model = exports.get();
        chart.disableProperty().bind(model.canExportProperty().not());
        briefing.disableProperty().bind(model.canExportProperty().not());
        chart.setTooltip(new Tooltip(TEXT.get("exportChart.tooltip")));
        briefing.setTooltip(new Tooltip(TEXT.get("exportBriefing.tooltip")));
        copyStatement.disableProperty().bind(model.canExportProperty().not());
        statement.disableProperty().bind(model.canExportProperty().not());
        copyStatement.setTooltip(new Tooltip(TEXT.get("statement.copyHint")));
        statement.setTooltip(new Tooltip(TEXT.get("statement.exportHint")));
        copyStatement.setOnAction(event -> model.copyStatement());
        statement.setOnAction(event -> model.exportStatement());
        chart.setOnAction(event -> model.exportChart());
        briefing.setOnAction(event -> model.exportBriefing());
        print.disableProperty().bind(model.canExportProperty().not());
        print.setTooltip(new Tooltip(TEXT.get("print.hint")));
        print.setOnAction(event -> model.printBriefing());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        exportStatus.textProperty().bind(model.statusProperty());
        return holder;
    }

    private void rebuildGroupsMenu() {
        groups.getItems().clear();
        for (ChartSubject subject : viewModel.subjects()) {
            CheckBox box = new CheckBox(subject.rollup() ? TEXT.format("groups.rollup", subject.name()) : subject.name());
            box.setId("dashboardShow-" + subject.key());
            box.setSelected(viewModel.isShown(subject));
            box.selectedProperty().addListener((observable, was, shown) -> viewModel.setShown(subject, shown));
            CustomMenuItem item = new CustomMenuItem(box);
            item.setHideOnClick(false);
            groups.getItems().add(item);
        }
    }

    private void show(DashboardSnapshot snapshot) {
        boolean noResults = snapshot == null || snapshot.noResults();
        empty.setVisible(snapshot != null && noResults);
        results.setVisible(!noResults);
        // Nothing to filter on a new database: the explanation below says what to do instead.
        filterBar.setDisable(noResults);
        if (noResults) {
            tiles.getChildren().clear();
            charts.getChildren().clear();
            return;
        }
        // After a save most tiles and every chart keep their shape: change only what changed,
        // as new nodes cost JavaFX far more to style than the figures cost to compute (SPEC §9).
        List<ChartSubject> subjects = snapshot.tiles().stream().map(TileData::subject).toList();
        if (!subjects.equals(tileSubjects)) { // the colours' stylesheet is written out only for other subjects
            tileSubjects = subjects;
            String colours = SeriesStylesheet.dataUri(subjects);
            if (!tiles.getStylesheets().equals(List.of(colours))) {
                tiles.getStylesheets().setAll(colours);
            }
        }
        Map<ChartSubject, TileView> shownTiles = new HashMap<>();
        tiles.getChildren().forEach(tile -> shownTiles.put(((TileView) tile).data().subject(), (TileView) tile));
        List<Node> newTiles = snapshot.tiles().stream().<Node>map(data -> {
            TileView shown = shownTiles.get(data.subject());
            return shown != null && shown.update(data) ? shown : new TileView(data);
        }).toList();
        if (!newTiles.equals(tiles.getChildren())) {
            tiles.getChildren().setAll(newTiles);
        }
        sizeTiles();
        List<DashboardChart> data = snapshot.shownCharts();
        if (charts.getChildren().size() != data.size()) {
            charts.getChildren().clear();
        }
        for (int i = 0; i < data.size(); i++) {
            DashboardChart chart = data.get(i);
            DashboardChartHolder kept = i < charts.getChildren().size() ? (DashboardChartHolder) charts.getChildren().get(i) : null;
            if (kept != null && chart.id().equals(kept.pane().getId()) && ChartUpdate.redraw(kept.pane(), chart.data())) {
                kept.show(chart);
                continue;
            }
            ChartPane pane = ChartFactory.create(chart.data());
            pane.setId(chart.id());
            pane.chart().setMinHeight(CHART_HEIGHT);
            pane.chart().setPrefHeight(CHART_HEIGHT);
            DashboardChartHolder holder = new DashboardChartHolder(pane, chart, exports);
            GridPane.setConstraints(holder, i % 2, i / 2);
            if (kept != null) {
                charts.getChildren().set(i, holder);
            } else {
                charts.getChildren().add(holder);
            }
        }
    }

    private void sizeTiles() {
        double width = tiles.getWidth();
        if (width <= 0) {
            return;
        }
        int columns = Math.max(1, (int) ((width + TILE_GAP) / (MIN_TILE_WIDTH + TILE_GAP)));
        double tileWidth = Math.floor((width - TILE_GAP * (columns - 1)) / columns);
        for (Node tile : tiles.getChildren()) {
            ((TileView) tile).setPrefWidth(tileWidth);
        }
    }

    private static Node field(String caption, Node control) {
        Label label = new Label(caption);
        label.getStyleClass().add("filter-caption");
        label.setLabelFor(control);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}

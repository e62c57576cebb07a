package org.milmove.pricing.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** An XLSX workbook read with POI's streaming (SAX) reader: one sheet at a time, chosen by index. */
public final class PricingWorkbook implements AutoCloseable {
    private final String name;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final List<String> sheetNames;

    private PricingWorkbook(String name, OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.name = name;
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.strings = new CachedStrings(new ReadOnlySharedStringsTable(pkg));
        this.styles = reader.getStylesTable();
        this.sheetNames = readSheetNames(reader);
    }

    /** Opens the file; a missing, non-XLSX or password-protected file is a {@link TemplateException}. */
    public static PricingWorkbook open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TemplateException("No such file: " + file);
        }
        checkIsXlsx(file.toString(), () -> Files.newInputStream(file));
        return open(file.toString(), () -> OPCPackage.open(file.toFile(), PackageAccess.READ));
    }

    /**
     * Reads a workbook held in memory, such as an object streamed from S3, so that it is never written to disk.
     *
     * @param name what messages call it, for example its {@code s3://} URL
     */
    public static PricingWorkbook read(String name, byte[] bytes) {
        checkIsXlsx(name, () -> new ByteArrayInputStream(bytes));
        return open(name, () -> OPCPackage.open(new ByteArrayInputStream(bytes)));
    }

    private interface Source<T> {
        T open() throws IOException, OpenXML4JException;
    }

    private static PricingWorkbook open(String name, Source<OPCPackage> source) {
        OPCPackage pkg = null;
        try {
            pkg = source.open();
            return new PricingWorkbook(name, pkg);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw new TemplateException(name + " is not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    private static void checkIsXlsx(String name, Source<InputStream> bytes) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(bytes.open())) {
            magic = FileMagic.valueOf(in);
        } catch (IOException | OpenXML4JException e) {
            throw new TemplateException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (magic == FileMagic.OLE2) {
            throw new TemplateException(isEncrypted(bytes)
                    ? name + " is password-protected; save an unprotected copy of the workbook and import that"
                    : name + " is an old binary Excel (.xls) file, not an XLSX workbook");
        }
        if (magic != FileMagic.OOXML) {
            throw new TemplateException(name + " is not an XLSX workbook");
        }
    }

    private static boolean isEncrypted(Source<InputStream> bytes) {
        try (InputStream in = bytes.open(); POIFSFileSystem fs = new POIFSFileSystem(in)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | OpenXML4JException | EncryptedDocumentException e) {
            return true;
        }
    }

    private static List<String> readSheetNames(XSSFReader reader) throws IOException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream ignored = sheets.next()) {
                names.add(sheets.getSheetName());
            }
        }
        return names;
    }

    /** The file's path, or the name given to {@link #read}. */
    public String name() {
        return name;
    }

    public int sheetCount() {
        return sheetNames.size();
    }

    public String sheetName(int index) {
        return sheetNames.get(index);
    }

    /** Reads every cell of a sheet as its displayed text (what Excel shows, via POI's DataFormatter). */
    SheetData read(int index) {
        if (index >= sheetNames.size()) {
            throw new TemplateException(String.format("%s has %d sheets; sheet %d is missing",
                    name, sheetNames.size(), index));
        }
        SheetData sheet = new SheetData(index, sheetNames.get(index));
        try {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; sheets.hasNext(); i++) {
                try (InputStream in = sheets.next()) {
                    if (i == index) {
                        parse(in, sheet);
                        return sheet;
                    }
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new TemplateException("Cannot read " + sheet.describe() + " of " + name + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException("sheet " + index + " vanished from " + name);
    }

    private void parse(InputStream in, SheetData sheet)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        // Cells read as Excel shows them in en-US, as the original tool read them, whatever this machine's locale.
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(sheet),
                new DataFormatter(Locale.US), false));
        xml.parse(new InputSource(in));
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SheetData sheet;
        private int row;

        Collector(SheetData sheet) {
            this.sheet = sheet;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            sheet.rowPresent(rowNum);
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String ref, String formattedValue, XSSFComment comment) {
            sheet.put(row, ref == null ? 0 : column(ref), formattedValue == null ? "" : formattedValue);
        }
    }

    /** The 0-based column of a cell reference such as {@code AK15}; POI's CellReference parses it with a regex. */
    static int column(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            col = col * 26 + Character.toUpperCase(ref.charAt(i)) - 'A' + 1;
        }
        return col - 1;
    }

    /**
     * Shared strings built once per index: POI's table makes a new rich-text object every time a cell refers to a
     * string, and the template refers to the same few thousand strings tens of thousands of times.
     */
    private static final class CachedStrings implements SharedStrings {
        private final SharedStrings table;
        private final RichTextString[] built;

        CachedStrings(SharedStrings table) {
            this.table = table;
            this.built = new RichTextString[table.getUniqueCount()];
        }

        @Override
        public RichTextString getItemAt(int idx) {
            if (idx < 0 || idx >= built.length) {
                return table.getItemAt(idx);
            }
            if (built[idx] == null) {
                built[idx] = table.getItemAt(idx);
            }
            return built[idx];
        }

        @Override
        public int getCount() {
            return table.getCount();
        }

        @Override
        public int getUniqueCount() {
            return table.getUniqueCount();
        }
    }
}

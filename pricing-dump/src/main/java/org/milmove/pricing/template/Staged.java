package org.milmove.pricing.template;

import java.util.List;

/** The staged rows of the pricing template, one record type per stage table layout; every value is the cell text. */
public final class Staged {
    private Staged() {
    }

    public record DomesticServiceArea(int row, String basePointCity, String state, String serviceAreaNumber, String zip3s)
            implements StagedRow {
        public List<String> fields() {
            return List.of(basePointCity, state, serviceAreaNumber, zip3s);
        }
    }

    public record InternationalServiceArea(int row, String rateArea, String rateAreaId) implements StagedRow {
        public List<String> fields() {
            return List.of(rateArea, rateAreaId);
        }
    }

    public record DomesticLinehaulPrice(int row, String serviceAreaNumber, String originServiceArea,
            String servicesSchedule, String season, String weightLower, String weightUpper, String milesLower,
            String milesUpper, String escalationNumber, String rate) implements StagedRow {
        public List<String> fields() {
            return List.of(serviceAreaNumber, originServiceArea, servicesSchedule, season, weightLower, weightUpper,
                    milesLower, milesUpper, escalationNumber, rate);
        }
    }

    public record DomesticServiceAreaPrice(int row, String serviceAreaNumber, String serviceAreaName,
            String servicesSchedule, String sitPickupDeliverySchedule, String season, String shorthaulPrice,
            String originDestinationPrice, String sitFirstDayWarehouse, String sitAddlDays) implements StagedRow {
        public List<String> fields() {
            return List.of(serviceAreaNumber, serviceAreaName, servicesSchedule, sitPickupDeliverySchedule, season,
                    shorthaulPrice, originDestinationPrice, sitFirstDayWarehouse, sitAddlDays);
        }
    }

    /** 2c: {@code schedule} is the services schedule (pack) or the SIT pickup/delivery schedule (SIT). */
    public record DomesticOtherPrice(int row, String schedule, String serviceProvided, String nonPeakPricePerCwt,
            String peakPricePerCwt) implements StagedRow {
        public List<String> fields() {
            return List.of(schedule, serviceProvided, nonPeakPricePerCwt, peakPricePerCwt);
        }
    }

    /** 3a, 3b and 3c: origin and destination are domestic or international depending on the sheet. */
    public record IntlPrice(int row, String originCode, String originName, String destinationCode,
            String destinationName, String season, String hhgPrice, String ubPrice) implements StagedRow {
        public List<String> fields() {
            return List.of(originCode, originName, destinationCode, destinationName, season, hhgPrice, ubPrice);
        }
    }

    public record OtherIntlPrice(int row, String rateAreaCode, String rateAreaName, String hhgOriginPackPrice,
            String hhgDestinationUnpackPrice, String ubOriginPackPrice, String ubDestinationUnpackPrice,
            String sitFirstDayWarehouse, String sitAddlDays, String sitLte50Miles, String sitGt50Miles, String season)
            implements StagedRow {
        public List<String> fields() {
            return List.of(rateAreaCode, rateAreaName, hhgOriginPackPrice, hhgDestinationUnpackPrice, ubOriginPackPrice,
                    ubDestinationUnpackPrice, sitFirstDayWarehouse, sitAddlDays, sitLte50Miles, sitGt50Miles, season);
        }
    }

    public record NonStandardLocnPrice(int row, String originId, String originArea, String destinationId,
            String destinationArea, String moveType, String season, String hhgPrice, String ubPrice)
            implements StagedRow {
        public List<String> fields() {
            return List.of(originId, originArea, destinationId, destinationArea, moveType, season, hhgPrice, ubPrice);
        }
    }

    /** 4a: management, counseling and transition prices. */
    public record ContractYearPrice(int row, String contractYear, String price) implements StagedRow {
        public List<String> fields() {
            return List.of(contractYear, price);
        }
    }

    /** 5a domestic (C = services schedule), international (C = market) and additional (E = factor) sections. */
    public record AccessorialPrice(int row, String first, String second, String third) implements StagedRow {
        public List<String> fields() {
            return List.of(first, second, third);
        }
    }

    public record PriceEscalation(int row, String contractYear, String forecastingAdjustment, String discount,
            String priceEscalation) implements StagedRow {
        public List<String> fields() {
            return List.of(contractYear, forecastingAdjustment, discount, priceEscalation);
        }
    }
}

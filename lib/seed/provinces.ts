// Provinces ranked by the national portal, with the national statistics office's codes
// ("H" + code): 63 until 30/6/2025, 34 from 1/7/2025 (each new province keeps the code of the
// province whose name it kept). Used for the demo's national index snapshots.

export const PROVINCES_BEFORE_2025: readonly (readonly [code: string, name: string])[] = [
  ["H01", "Hà Nội"], ["H02", "Hà Giang"], ["H04", "Cao Bằng"], ["H06", "Bắc Kạn"], ["H08", "Tuyên Quang"],
  ["H10", "Lào Cai"], ["H11", "Điện Biên"], ["H12", "Lai Châu"], ["H14", "Sơn La"], ["H15", "Yên Bái"],
  ["H17", "Hòa Bình"], ["H19", "Thái Nguyên"], ["H20", "Lạng Sơn"], ["H22", "Quảng Ninh"], ["H24", "Bắc Giang"],
  ["H25", "Phú Thọ"], ["H26", "Vĩnh Phúc"], ["H27", "Bắc Ninh"], ["H30", "Hải Dương"], ["H31", "Hải Phòng"],
  ["H33", "Hưng Yên"], ["H34", "Thái Bình"], ["H35", "Hà Nam"], ["H36", "Nam Định"], ["H37", "Ninh Bình"],
  ["H38", "Thanh Hóa"], ["H40", "Nghệ An"], ["H42", "Hà Tĩnh"], ["H44", "Quảng Bình"], ["H45", "Quảng Trị"],
  ["H46", "Thừa Thiên Huế"], ["H48", "Đà Nẵng"], ["H49", "Quảng Nam"], ["H51", "Quảng Ngãi"], ["H52", "Bình Định"],
  ["H54", "Phú Yên"], ["H56", "Khánh Hòa"], ["H58", "Ninh Thuận"], ["H60", "Bình Thuận"], ["H62", "Kon Tum"],
  ["H64", "Gia Lai"], ["H66", "Đắk Lắk"], ["H67", "Đắk Nông"], ["H68", "Lâm Đồng"], ["H70", "Bình Phước"],
  ["H72", "Tây Ninh"], ["H74", "Bình Dương"], ["H75", "Đồng Nai"], ["H77", "Bà Rịa - Vũng Tàu"], ["H79", "TP. Hồ Chí Minh"],
  ["H80", "Long An"], ["H82", "Tiền Giang"], ["H83", "Bến Tre"], ["H84", "Trà Vinh"], ["H86", "Vĩnh Long"],
  ["H87", "Đồng Tháp"], ["H89", "An Giang"], ["H91", "Kiên Giang"], ["H92", "Cần Thơ"], ["H93", "Hậu Giang"],
  ["H94", "Sóc Trăng"], ["H95", "Bạc Liêu"], ["H96", "Cà Mau"],
];

export const PROVINCES_FROM_2025: readonly (readonly [code: string, name: string])[] = [
  ["H01", "Hà Nội"], ["H04", "Cao Bằng"], ["H08", "Tuyên Quang"], ["H10", "Lào Cai"], ["H11", "Điện Biên"],
  ["H12", "Lai Châu"], ["H14", "Sơn La"], ["H19", "Thái Nguyên"], ["H20", "Lạng Sơn"], ["H22", "Quảng Ninh"],
  ["H25", "Phú Thọ"], ["H27", "Bắc Ninh"], ["H31", "Hải Phòng"], ["H33", "Hưng Yên"], ["H37", "Ninh Bình"],
  ["H38", "Thanh Hóa"], ["H40", "Nghệ An"], ["H42", "Hà Tĩnh"], ["H45", "Quảng Trị"], ["H46", "Huế"],
  ["H48", "Đà Nẵng"], ["H51", "Quảng Ngãi"], ["H56", "Khánh Hòa"], ["H64", "Gia Lai"], ["H66", "Đắk Lắk"],
  ["H68", "Lâm Đồng"], ["H72", "Tây Ninh"], ["H75", "Đồng Nai"], ["H79", "TP. Hồ Chí Minh"], ["H86", "Vĩnh Long"],
  ["H87", "Đồng Tháp"], ["H89", "An Giang"], ["H92", "Cần Thơ"], ["H96", "Cà Mau"],
];

/** First month whose ranking counts the 34 provinces. */
export const REFORM_MONTH = "2025-07";

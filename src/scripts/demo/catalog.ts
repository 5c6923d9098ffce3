import { ean13 } from "@kassa/core/kit"

/**
 * The demo retailer's catalogue: a gadget store in the Philippines (the reference's
 * Galos Gadget Hub). Prices are in PHP, VAT-inclusive, in whole pesos as shops price them;
 * cost prices are what the shop paid, ex-VAT, to the centavo.
 */

export type DemoCategory = "Laptop" | "Android" | "iPhone" | "Printer" | "Accessories"

export type DemoVariant = {
  title: string
  sku: string
  barcode: string
  options: Record<string, string>
  price: number
  cost: number
}

export type DemoProduct = {
  handle: string
  title: string
  brand: string
  category: DemoCategory
  description: string
  options: { title: string; values: string[] }[]
  variants: DemoVariant[]
  weight: number
}

export const CATEGORIES: { name: DemoCategory; handle: string; description: string }[] = [
  { name: "Laptop", handle: "laptop", description: "Notebooks for school, work and gaming" },
  { name: "Android", handle: "android", description: "Android phones" },
  { name: "iPhone", handle: "iphone", description: "Apple iPhone" },
  { name: "Printer", handle: "printer", description: "Ink tank, inkjet and laser printers" },
  { name: "Accessories", handle: "accessories", description: "Chargers, cables, audio, storage and more" },
]

type Axis = { title: string; values: { name: string; add: number }[] }
type Family = { brand: string; category: DemoCategory; models: [string, number][]; axes: Axis[]; weight: number; blurb: string }

const storage = (...tiers: [string, number][]): Axis => ({ title: "Storage", values: tiers.map(([name, add]) => ({ name, add })) })
const colors = (...names: string[]): Axis => ({ title: "Color", values: names.map((name) => ({ name, add: 0 })) })
const memory = (...tiers: [string, number][]): Axis => ({ title: "Memory", values: tiers.map(([name, add]) => ({ name, add })) })

const FAMILIES: Family[] = [
  {
    brand: "Apple", category: "iPhone", weight: 190, blurb: "Apple iPhone, official PH unit with one-year warranty.",
    models: [["iPhone 13", 34990], ["iPhone 14", 39990], ["iPhone 14 Plus", 44990], ["iPhone 15", 49990], ["iPhone 15 Plus", 55990],
      ["iPhone 15 Pro", 64990], ["iPhone 16e", 39990], ["iPhone 16", 56990], ["iPhone 16 Plus", 62990], ["iPhone 16 Pro", 70990],
      ["iPhone 16 Pro Max", 81990], ["iPhone 17", 59990], ["iPhone Air", 69990], ["iPhone 17 Pro", 76990], ["iPhone 17 Pro Max", 87990]],
    axes: [storage(["128GB", 0], ["256GB", 6000], ["512GB", 18000]), colors("Black", "White")],
  },
  {
    brand: "Samsung", category: "Android", weight: 200, blurb: "Samsung Galaxy smartphone, PH warranty.",
    models: [["Galaxy A06", 6490], ["Galaxy A16 5G", 11990], ["Galaxy A26 5G", 15990], ["Galaxy A36 5G", 19990], ["Galaxy A56 5G", 24990],
      ["Galaxy S24 FE", 34990], ["Galaxy S25", 52990], ["Galaxy S25+", 62990], ["Galaxy S25 Ultra", 79990], ["Galaxy Z Flip7", 64990],
      ["Galaxy Z Fold7", 109990], ["Galaxy M35 5G", 14990]],
    axes: [storage(["128GB", 0], ["256GB", 4000]), colors("Graphite", "Blue", "Mint")],
  },
  {
    brand: "Xiaomi", category: "Android", weight: 195, blurb: "Xiaomi smartphone with dual SIM.",
    models: [["Redmi 14C", 6999], ["Redmi 15C", 7499], ["Redmi Note 14", 10999], ["Redmi Note 14 Pro", 15999], ["Redmi Note 14 Pro+", 21999],
      ["Redmi Note 15 Pro", 17999], ["POCO X7", 15999], ["POCO X7 Pro", 19999], ["POCO F7", 24999], ["Xiaomi 15T", 29999], ["Xiaomi 15T Pro", 39999]],
    axes: [memory(["8GB/256GB", 0], ["12GB/512GB", 3500]), colors("Midnight Black", "Ocean Blue")],
  },
  {
    brand: "OPPO", category: "Android", weight: 190, blurb: "OPPO smartphone, fast charging in the box.",
    models: [["A3x", 6999], ["A5 Pro", 12999], ["A6 Pro", 14999], ["Reno13 F", 17999], ["Reno13", 24999], ["Reno14", 27999], ["Reno14 Pro", 34999], ["Find X8", 49999]],
    axes: [memory(["8GB/256GB", 0], ["12GB/512GB", 4000]), colors("Luminous Blue", "Plum Purple")],
  },
  {
    brand: "vivo", category: "Android", weight: 190, blurb: "vivo smartphone with a big battery.",
    models: [["Y19s", 6999], ["Y29", 9999], ["Y39 5G", 13999], ["V50 Lite", 17999], ["V50", 24999], ["V60", 27999], ["X200 FE", 39999]],
    axes: [memory(["8GB/256GB", 0], ["12GB/512GB", 4000]), colors("Titanium Gold", "Starry Night")],
  },
  {
    brand: "realme", category: "Android", weight: 190, blurb: "realme smartphone.",
    models: [["C75", 7999], ["C85", 8999], ["Note 60", 5499], ["14T 5G", 13999], ["14 Pro 5G", 19999], ["GT 7", 29999]],
    axes: [memory(["8GB/256GB", 0], ["12GB/256GB", 2500]), colors("Lightning Black", "Jade Green")],
  },
  {
    brand: "Infinix", category: "Android", weight: 195, blurb: "Infinix smartphone.",
    models: [["Hot 50", 6499], ["Hot 60 Pro", 8999], ["Note 50", 9999], ["Note 50 Pro", 12999], ["GT 30 Pro", 16999]],
    axes: [memory(["8GB/256GB", 0]), colors("Sleek Black", "Glacier Blue", "Shadow Green")],
  },
  {
    brand: "Tecno", category: "Android", weight: 195, blurb: "Tecno smartphone.",
    models: [["Spark 30C", 5499], ["Spark 40 Pro", 8999], ["Camon 40", 12999], ["Camon 40 Pro", 15999], ["Pova 7", 10999]],
    axes: [memory(["8GB/256GB", 0]), colors("Galaxy Black", "Aurora Blue")],
  },
  {
    brand: "Honor", category: "Android", weight: 190, blurb: "Honor smartphone.",
    models: [["X7c", 8999], ["X8c", 11999], ["X9c", 17999], ["400 Lite", 16999], ["400", 22999]],
    axes: [memory(["8GB/256GB", 0], ["12GB/512GB", 3000]), colors("Titanium Black", "Jade Cyan")],
  },
  {
    brand: "ASUS", category: "Laptop", weight: 1800, blurb: "ASUS notebook with Windows 11 Home.",
    models: [["Vivobook Go 15", 25995], ["Vivobook 14", 32995], ["Vivobook 16", 38995], ["Vivobook S14 OLED", 54995], ["Zenbook 14 OLED", 69995],
      ["TUF Gaming A15", 59995], ["TUF Gaming F16", 69995], ["ROG Strix G16", 99995], ["ROG Zephyrus G14", 119995]],
    axes: [memory(["8GB/512GB", 0], ["16GB/512GB", 6000], ["16GB/1TB", 11000])],
  },
  {
    brand: "Acer", category: "Laptop", weight: 1800, blurb: "Acer notebook with Windows 11 Home.",
    models: [["Aspire Lite 15", 24999], ["Aspire 3", 27999], ["Aspire 5", 39999], ["Aspire Go 14", 21999], ["Swift Go 14", 49999],
      ["Nitro V 15", 52999], ["Nitro V 16", 62999], ["Predator Helios Neo 16", 89999]],
    axes: [memory(["8GB/512GB", 0], ["16GB/512GB", 6000], ["16GB/1TB", 11000])],
  },
  {
    brand: "Lenovo", category: "Laptop", weight: 1700, blurb: "Lenovo notebook with Windows 11 Home.",
    models: [["IdeaPad Slim 1", 22995], ["IdeaPad Slim 3", 33995], ["IdeaPad Slim 5", 47995], ["IdeaPad Gaming 3", 54995],
      ["LOQ 15", 59995], ["Legion 5", 89995], ["ThinkPad E14", 54995], ["ThinkBook 14", 44995], ["Yoga Slim 7", 69995]],
    axes: [memory(["8GB/512GB", 0], ["16GB/512GB", 6000], ["16GB/1TB", 11000])],
  },
  {
    brand: "HP", category: "Laptop", weight: 1750, blurb: "HP notebook with Windows 11 Home.",
    models: [["HP 15 Laptop", 27990], ["HP 14 Laptop", 25990], ["Pavilion Plus 14", 54990], ["Pavilion x360 14", 49990],
      ["Victus 15", 52990], ["Victus 16", 64990], ["OmniBook 5 14", 47990], ["OMEN Transcend 14", 99990]],
    axes: [memory(["8GB/512GB", 0], ["16GB/512GB", 6000], ["16GB/1TB", 11000])],
  },
  {
    brand: "Dell", category: "Laptop", weight: 1700, blurb: "Dell notebook with Windows 11 Home.",
    models: [["Inspiron 14", 39990], ["Inspiron 15", 36990], ["Inspiron 16 Plus", 74990], ["Vostro 14", 38990], ["XPS 13", 94990]],
    axes: [memory(["8GB/512GB", 0], ["16GB/512GB", 6000], ["16GB/1TB", 11000])],
  },
  {
    brand: "MSI", category: "Laptop", weight: 1900, blurb: "MSI notebook with Windows 11 Home.",
    models: [["Modern 14", 29990], ["Modern 15", 31990], ["Thin A15", 49990], ["Katana 15", 69990], ["Cyborg 15", 59990]],
    axes: [memory(["8GB/512GB", 0], ["16GB/512GB", 6000], ["16GB/1TB", 11000])],
  },
  {
    brand: "Apple", category: "Laptop", weight: 1240, blurb: "Apple MacBook, official PH unit.",
    models: [["MacBook Air 13 M4", 64990], ["MacBook Air 15 M4", 76990], ["MacBook Pro 14 M5", 99990], ["MacBook Pro 16 M4 Pro", 154990]],
    axes: [memory(["16GB/256GB", 0], ["16GB/512GB", 12000], ["24GB/512GB", 24000])],
  },
  {
    brand: "Epson", category: "Printer", weight: 4000, blurb: "Epson EcoTank ink tank printer.",
    models: [["EcoTank L121", 5995], ["EcoTank L3210", 8495], ["EcoTank L3250", 9995], ["EcoTank L3256", 10495], ["EcoTank L5290", 14995],
      ["EcoTank L6270", 16995], ["EcoTank L8050", 18995], ["EcoTank L14150", 29995]],
    axes: [],
  },
  {
    brand: "Canon", category: "Printer", weight: 4500, blurb: "Canon PIXMA ink tank printer.",
    models: [["PIXMA G1020", 6495], ["PIXMA G2020", 7995], ["PIXMA G3020", 9495], ["PIXMA G3770", 10995], ["PIXMA G570", 14995], ["i-SENSYS LBP6030", 7495]],
    axes: [],
  },
  {
    brand: "Brother", category: "Printer", weight: 5000, blurb: "Brother printer.",
    models: [["DCP-T420W", 8495], ["DCP-T520W", 9995], ["DCP-T720DW", 13495], ["HL-L2350DW", 9495], ["MFC-T930DW", 15995]],
    axes: [],
  },
  {
    brand: "HP", category: "Printer", weight: 4200, blurb: "HP printer.",
    models: [["Smart Tank 515", 8990], ["Smart Tank 580", 10490], ["Smart Tank 720", 14990], ["LaserJet M111w", 6990], ["DeskJet 2336", 2990]],
    axes: [],
  },
]

const ACCESSORIES: { brand: string; title: string; price: number; axes: Axis[]; weight: number }[] = [
  { brand: "Apple", title: "AirPods 4", price: 7990, axes: [], weight: 40 },
  { brand: "Apple", title: "AirPods 4 with Active Noise Cancellation", price: 10990, axes: [], weight: 45 },
  { brand: "Apple", title: "AirPods Pro 3", price: 15490, axes: [], weight: 50 },
  { brand: "Apple", title: "20W USB-C Power Adapter", price: 1290, axes: [], weight: 60 },
  { brand: "Apple", title: "USB-C Woven Charge Cable 1m", price: 1290, axes: [], weight: 30 },
  { brand: "Apple", title: "MagSafe Charger 1m", price: 2990, axes: [], weight: 60 },
  { brand: "Apple", title: "Apple Pencil (USB-C)", price: 4990, axes: [], weight: 20 },
  { brand: "Samsung", title: "Galaxy Buds3", price: 8990, axes: [colors("Silver", "White")], weight: 50 },
  { brand: "Samsung", title: "Galaxy Buds3 Pro", price: 12990, axes: [colors("Silver", "White")], weight: 50 },
  { brand: "Samsung", title: "25W Power Adapter", price: 990, axes: [], weight: 60 },
  { brand: "Samsung", title: "45W Power Adapter", price: 1990, axes: [], weight: 80 },
  { brand: "Samsung", title: "Galaxy Watch8 40mm", price: 17990, axes: [colors("Graphite", "Silver")], weight: 60 },
  { brand: "Samsung", title: "EVO Plus microSD 128GB", price: 890, axes: [], weight: 5 },
  { brand: "Samsung", title: "EVO Plus microSD 256GB", price: 1590, axes: [], weight: 5 },
  { brand: "SanDisk", title: "Ultra Dual Drive USB-C 64GB", price: 590, axes: [], weight: 10 },
  { brand: "SanDisk", title: "Ultra Dual Drive USB-C 128GB", price: 890, axes: [], weight: 10 },
  { brand: "SanDisk", title: "Extreme Portable SSD 1TB", price: 6490, axes: [], weight: 60 },
  { brand: "Anker", title: "Nano Charger 20W USB-C", price: 899, axes: [colors("Black", "White")], weight: 40 },
  { brand: "Anker", title: "Nano Charger 65W GaN", price: 2299, axes: [], weight: 110 },
  { brand: "Anker", title: "PowerCore 10000mAh Power Bank", price: 1499, axes: [colors("Black", "White")], weight: 200 },
  { brand: "Anker", title: "Zolo 20000mAh Power Bank", price: 1999, axes: [colors("Black", "Blue")], weight: 350 },
  { brand: "Anker", title: "USB-C to USB-C Cable 1.8m", price: 499, axes: [], weight: 40 },
  { brand: "Anker", title: "USB-C to Lightning Cable 0.9m", price: 799, axes: [], weight: 30 },
  { brand: "Soundcore", title: "Liberty 4 NC Earbuds", price: 4999, axes: [colors("Black", "Navy")], weight: 55 },
  { brand: "Soundcore", title: "Motion 300 Speaker", price: 4499, axes: [], weight: 900 },
  { brand: "Baseus", title: "Blade 20000mAh 100W Power Bank", price: 3299, axes: [], weight: 450 },
  { brand: "Baseus", title: "GaN5 Pro 65W Charger", price: 1999, axes: [], weight: 120 },
  { brand: "Baseus", title: "Magnetic Car Mount", price: 799, axes: [], weight: 80 },
  { brand: "Xiaomi", title: "Redmi Buds 6 Play", price: 899, axes: [colors("Black", "White", "Pink")], weight: 40 },
  { brand: "Xiaomi", title: "Redmi Watch 5 Active", price: 2199, axes: [colors("Black", "Silver")], weight: 50 },
  { brand: "Xiaomi", title: "Power Bank 20000mAh 33W", price: 1499, axes: [], weight: 430 },
  { brand: "Xiaomi", title: "Smart Band 10", price: 2999, axes: [colors("Black", "Silver")], weight: 30 },
  { brand: "JBL", title: "Tune 520BT Headphones", price: 2999, axes: [colors("Black", "Blue", "White")], weight: 160 },
  { brand: "JBL", title: "Go 4 Speaker", price: 2999, axes: [colors("Black", "Blue", "Red")], weight: 190 },
  { brand: "JBL", title: "Flip 7 Speaker", price: 7999, axes: [colors("Black", "Blue")], weight: 560 },
  { brand: "JBL", title: "Wave Beam 2 Earbuds", price: 3499, axes: [colors("Black", "White")], weight: 45 },
  { brand: "Sony", title: "WH-1000XM6 Headphones", price: 24999, axes: [colors("Black", "Platinum Silver")], weight: 250 },
  { brand: "Sony", title: "WF-C710N Earbuds", price: 5999, axes: [colors("Black", "White")], weight: 45 },
  { brand: "Logitech", title: "M331 Silent Plus Mouse", price: 995, axes: [colors("Black", "Red", "Blue")], weight: 90 },
  { brand: "Logitech", title: "MX Master 3S Mouse", price: 5995, axes: [colors("Graphite", "Pale Grey")], weight: 140 },
  { brand: "Logitech", title: "Pebble Mouse 2 M350s", price: 1195, axes: [colors("Graphite", "Rose", "White")], weight: 80 },
  { brand: "Logitech", title: "K380s Multi-Device Keyboard", price: 2495, axes: [colors("Graphite", "Pink")], weight: 420 },
  { brand: "Logitech", title: "G304 Lightspeed Gaming Mouse", price: 1995, axes: [colors("Black", "White")], weight: 100 },
  { brand: "Logitech", title: "H390 USB Headset", price: 1795, axes: [], weight: 200 },
  { brand: "Logitech", title: "C270 HD Webcam", price: 1595, axes: [], weight: 75 },
  { brand: "TP-Link", title: "Archer C6 Wi-Fi Router", price: 1899, axes: [], weight: 400 },
  { brand: "TP-Link", title: "Deco X20 Mesh (2-pack)", price: 7499, axes: [], weight: 1100 },
  { brand: "TP-Link", title: "UE300 USB 3.0 Ethernet Adapter", price: 699, axes: [], weight: 40 },
  { brand: "Spigen", title: "Ultra Hybrid Case for iPhone 16", price: 1290, axes: [colors("Crystal Clear", "Matte Black")], weight: 40 },
  { brand: "Spigen", title: "Ultra Hybrid Case for iPhone 17", price: 1390, axes: [colors("Crystal Clear", "Matte Black")], weight: 40 },
  { brand: "Spigen", title: "Tough Armor Case for Galaxy S25", price: 1490, axes: [colors("Black", "Gunmetal")], weight: 50 },
  { brand: "Spigen", title: "GLAS.tR Screen Protector iPhone 16 (2-pack)", price: 1190, axes: [], weight: 30 },
  { brand: "Spigen", title: "GLAS.tR Screen Protector Galaxy S25 (2-pack)", price: 1190, axes: [], weight: 30 },
  { brand: "UGREEN", title: "USB-C Hub 7-in-1", price: 2199, axes: [], weight: 90 },
  { brand: "UGREEN", title: "Nexode 100W 4-Port Charger", price: 3499, axes: [], weight: 230 },
  { brand: "UGREEN", title: "HDMI Cable 4K 2m", price: 499, axes: [], weight: 120 },
  { brand: "UGREEN", title: "Laptop Stand Aluminium", price: 1299, axes: [colors("Silver", "Space Grey")], weight: 600 },
  { brand: "Kingston", title: "DataTraveler Exodia 64GB", price: 399, axes: [], weight: 10 },
  { brand: "Kingston", title: "NV3 NVMe SSD 1TB", price: 3999, axes: [], weight: 10 },
  { brand: "Epson", title: "003 Ink Bottle Set (4 colours)", price: 1260, axes: [], weight: 300 },
  { brand: "Epson", title: "003 Ink Bottle Black", price: 315, axes: [], weight: 75 },
  { brand: "Canon", title: "GI-790 Ink Bottle Set (4 colours)", price: 1300, axes: [], weight: 300 },
  { brand: "Brother", title: "BTD60BK Ink Bottle Black", price: 420, axes: [], weight: 110 },
  { brand: "HP", title: "GT53 Ink Bottle Black", price: 450, axes: [], weight: 100 },
  { brand: "Targus", title: "Classic 15.6in Laptop Backpack", price: 1990, axes: [colors("Black", "Grey")], weight: 700 },
]

const slug = (s: string) => s.toLowerCase().replace(/\+/g, "-plus").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")

// Whole pesos for prices; cost 74–88 % of the ex-VAT price, to the centavo.
const costOf = (price: number, seed: number) => {
  const net = price / 1.12
  const ratio = 0.74 + ((seed * 7919) % 15) / 100
  return Math.round(net * ratio * 100) / 100
}

function combinations(axes: Axis[]): { name: string; add: number }[][] {
  return axes.reduce<{ name: string; add: number }[][]>(
    (acc, axis) => acc.flatMap((combo) => axis.values.map((v) => [...combo, v])),
    [[]]
  )
}

/** About 200 products and 550 variants, each variant with a unique, valid EAN-13 (GS1 prefix 480: PH). */
export function buildCatalog(): DemoProduct[] {
  const products: DemoProduct[] = []
  let serial = 0
  const add = (brand: string, category: DemoCategory, model: string, basePrice: number, axes: Axis[], weight: number, blurb: string) => {
    const title = model.startsWith(brand) || category === "iPhone" ? model : `${brand} ${model}`
    const handle = slug(title)
    const skuBase = handle.toUpperCase()
    const variants = combinations(axes).map((combo) => {
      serial++
      const price = basePrice + combo.reduce((s, v) => s + v.add, 0)
      const suffix = combo.map((v) => slug(v.name).toUpperCase().replace(/-/g, "").slice(0, 6)).join("-")
      return {
        title: combo.length ? combo.map((v) => v.name).join(" / ") : "Standard",
        sku: suffix ? `${skuBase}-${suffix}` : skuBase,
        barcode: ean13(`4809${String(serial).padStart(8, "0")}`),
        options: combo.length ? Object.fromEntries(combo.map((v, i) => [axes[i].title, v.name])) : { Model: "Standard" },
        price,
        cost: costOf(price, serial),
      }
    })
    products.push({
      handle,
      title,
      brand,
      category,
      description: blurb,
      options: axes.length ? axes.map((a) => ({ title: a.title, values: a.values.map((v) => v.name) })) : [{ title: "Model", values: ["Standard"] }],
      variants,
      weight,
    })
  }
  for (const family of FAMILIES) {
    for (const [model, price] of family.models) add(family.brand, family.category, model, price, family.axes, family.weight, family.blurb)
  }
  for (const a of ACCESSORIES) add(a.brand, "Accessories", a.title, a.price, a.axes, a.weight, `${a.brand} ${a.title}.`)
  return products
}

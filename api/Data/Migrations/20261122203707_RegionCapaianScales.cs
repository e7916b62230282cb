using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegionCapaianScales : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "region_capaian_scales",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    sangat_tinggi_from = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    tinggi_from = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    sedang_from = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    rendah_from = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_region_capaian_scales", x => x.region_id);
                    table.CheckConstraint("ck_region_capaian_scales_order", "sangat_tinggi_from > tinggi_from AND tinggi_from > sedang_from AND sedang_from > rendah_from AND rendah_from > 0");
                    table.ForeignKey(
                        name: "fk_region_capaian_scales_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "region_capaian_scales");
        }
    }
}
